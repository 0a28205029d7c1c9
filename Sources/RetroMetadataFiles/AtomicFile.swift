import Foundation

/// Replaces files atomically: a temporary file in the same folder, fsync, then rename over the target.
///
/// Every module that writes a user's or the store's files goes through here, so all writes share the
/// same guarantees: readers see the old file or the whole new one, permissions and owner are kept,
/// and the first replacement of an existing file leaves a `.bak`.
public enum AtomicFile {
    /// Prefix of temporary file names, so maintenance can recognise leftovers of an interrupted process.
    public static let temporaryPrefix = ".partial-"

    /// Writes `bytes` to `path`; the first time an existing file is replaced (no `.bak` yet) it is kept as
    /// `path.bak` unless `keepsBackup` is false.
    public static func write(
        _ bytes: some Collection<UInt8>, to givenPath: String, keepsBackup: Bool = true
    ) throws(AtomicFileError) {
        // A symbolic link stays a link: the file it points to is the one replaced.
        let url = URL(fileURLWithPath: givenPath).resolvingSymlinksInPath()
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(path: path, reason: "cannot create folder \(folder): \(error.localizedDescription)")
        }
        var template = Array((folder + "/" + temporaryPrefix + url.lastPathComponent + "-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw AtomicFileError(path: path, reason: "cannot create a temporary file: \(errnoText())") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var existing = stat()
        let exists = stat(path, &existing) == 0
        do throws(AtomicFileError) {
            defer { close(descriptor) }
            try writeAll(Array(bytes), to: descriptor, path: path)
            fchmod(descriptor, exists ? existing.st_mode & 0o7777 : 0o644)
            // Keep the owner too when allowed (running as root over a user's file); failure is harmless.
            if exists { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
            guard fsync(descriptor) == 0 else { throw AtomicFileError(path: path, reason: "fsync failed: \(errnoText())") }
        } catch {
            unlink(temporary)
            throw error
        }
        let backup = path + ".bak"
        if keepsBackup && exists && access(backup, F_OK) != 0 {
            if link(path, backup) != 0 {
                do { try FileManager.default.copyItem(atPath: path, toPath: backup) } catch {
                    unlink(temporary)
                    throw AtomicFileError(path: backup, reason: "cannot keep a backup: \(error.localizedDescription)")
                }
            }
        }
        guard rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw AtomicFileError(path: path, reason: "cannot replace the file: \(reason)")
        }
        let folderDescriptor = open(folder, O_RDONLY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(AtomicFileError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw AtomicFileError(path: path, reason: "write failed: \(errnoText())")
            }
            written += result
        }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
