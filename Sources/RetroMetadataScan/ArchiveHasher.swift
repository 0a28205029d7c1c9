import CLibArchive
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import RetroMetadataCore

/// Hashes every regular member of a `.zip` or `.7z` archive through libarchive.
struct ArchiveHasher {
    /// The file extensions opened as archives.
    static let extensions: Set<String> = ["zip", "7z"]

    /// Bytes libarchive reads from the file at a time.
    let blockSize: Int

    /// One record per regular member, in archive order.
    func records(of path: String, crcOnly: Bool = false) throws(ScanError) -> [HashRecord] {
        guard let archive = archive_read_new() else { throw .unreadable(path, reason: "out of memory") }
        defer { archive_read_free(archive) }
        archive_read_support_format_zip(archive)
        archive_read_support_format_7zip(archive)
        guard archive_read_open_filename(archive, path, blockSize) == ARCHIVE_OK else {
            throw ArchiveHasher.failure(archive, path)
        }
        var records: [HashRecord] = []
        var entry: OpaquePointer?
        while true {
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { break }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                throw ArchiveHasher.failure(archive, path)
            }
            guard archive_entry_filetype(entry) == clibarchive_regular_file_type() else { continue }
            let name =
                archive_entry_pathname_utf8(entry).map { String(cString: $0) }
                ?? archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
            if archive_entry_is_encrypted(entry) != 0 { throw .encryptedArchive(path, member: name) }
            let size: Int64? = archive_entry_size_is_set(entry) != 0 ? archive_entry_size(entry) : nil
            let hasher = ItemHasher(size: size, fileExtension: name.fileExtension, crcOnly: crcOnly)
            try ArchiveHasher.forEachBlock(archive, path: path, member: name) { hasher.update($0) }
            records.append(hasher.finish(member: name))
        }
        return records
    }

    /// Passes the current member's bytes to `body` block by block, sparse holes as zeros.
    static func forEachBlock(
        _ archive: OpaquePointer, path: String, member: String,
        _ body: (UnsafeRawBufferPointer) throws(ScanError) -> Void
    ) throws(ScanError) {
        var block: UnsafeRawPointer?
        var length = 0
        var offset: la_int64_t = 0
        var expected: Int64 = 0
        while true {
            let status = archive_read_data_block(archive, &block, &length, &offset)
            if status == ARCHIVE_EOF { return }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN else {
                if archive_read_has_encrypted_entries(archive) > 0 { throw .encryptedArchive(path, member: member) }
                throw failure(archive, path)
            }
            // Sparse members report holes as jumps in the offset: those bytes are zeros.
            if offset > expected {
                let zeros = UnsafeMutableRawBufferPointer.allocate(byteCount: Int(offset - expected), alignment: 1)
                defer { zeros.deallocate() }
                zeros.initializeMemory(as: UInt8.self, repeating: 0)
                try body(UnsafeRawBufferPointer(zeros))
            }
            try body(UnsafeRawBufferPointer(start: block, count: length))
            expected = offset + Int64(length)
        }
    }

    /// The error for libarchive's last failure on `path`.
    static func failure(_ archive: OpaquePointer, _ path: String) -> ScanError {
        let reason = archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
        if reason.lowercased().contains("passphrase") || reason.lowercased().contains("encrypt") {
            return .encryptedArchive(path, member: nil)
        }
        let code = archive_errno(archive)
        if code == ENOENT || code == EACCES { return FileReader.error(path, code) }
        return .corruptArchive(path, reason: reason)
    }
}
