import CLibArchive
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Copies one member of a `.zip` or `.7z` archive to a file, streaming, so members larger than memory work
/// (LaunchBox's `Metadata.zip` holds a `Metadata.xml` of a gigabyte and more).
public enum ArchiveExtractor {
    /// Writes the first member whose file name is `member` (case-insensitive, any folder) of the archive at
    /// `archivePath` to `destination`, replacing it in one step; `false` when the archive has no such member.
    public static func extract(
        member: String, from archivePath: String, to destination: String, blockSize: Int = 1 << 20
    )
        throws(ScanError) -> Bool
    {
        guard let archive = archive_read_new() else { throw .unreadable(archivePath, reason: "out of memory") }
        defer { archive_read_free(archive) }
        archive_read_support_format_zip(archive)
        archive_read_support_format_7zip(archive)
        guard archive_read_open_filename(archive, archivePath, blockSize) == ARCHIVE_OK else {
            throw ArchiveHasher.failure(archive, archivePath)
        }
        var entry: OpaquePointer?
        while true {
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { return false }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                throw ArchiveHasher.failure(archive, archivePath)
            }
            let name = archive_entry_pathname_utf8(entry).map { String(cString: $0) } ?? ""
            let fileName = name.split(separator: "/").last.map(String.init) ?? name
            guard archive_entry_filetype(entry) == clibarchive_regular_file_type(),
                fileName.lowercased() == member.lowercased()
            else { continue }
            try copy(archive, archivePath: archivePath, member: name, to: destination)
            return true
        }
    }

    private static func copy(_ archive: OpaquePointer, archivePath: String, member: String, to destination: String)
        throws(ScanError)
    {
        let temporary = destination + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard let file = fopen(temporary, "wb") else {
            throw .writeFailed(destination, reason: String(cString: strerror(errno)))
        }
        do {
            try ArchiveHasher.forEachBlock(archive, path: archivePath, member: member) { (bytes) throws(ScanError) in
                guard bytes.isEmpty || fwrite(bytes.baseAddress, 1, bytes.count, file) == bytes.count else {
                    throw .writeFailed(destination, reason: String(cString: strerror(errno)))
                }
            }
        } catch {
            fclose(file)
            unlink(temporary)
            throw error
        }
        guard fclose(file) == 0, rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(destination, reason: reason)
        }
    }
}
