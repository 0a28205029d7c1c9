import Foundation

/// Replaces files atomically: a temporary file in the same folder, fsync, then rename over the target.
public enum AtomicFile {
    /// Writes `bytes` to `path`; the first time an existing file is replaced (no `.bak` yet) it is kept as `path.bak`.
    public static func write(_ bytes: [UInt8], to givenPath: String, keepsBackup: Bool = true) throws {
        // A symbolic link stays a link: the file it points to is the one replaced.
        let url = URL(fileURLWithPath: givenPath).resolvingSymlinksInPath()
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw XMLError.io("cannot create folder \(folder): \(error.localizedDescription)", file: path)
        }
        var template = Array((folder + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw XMLError.io("cannot create a temporary file: \(errnoText())", file: path) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var existing = stat()
        let exists = stat(path, &existing) == 0
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            fchmod(descriptor, exists ? existing.st_mode & 0o7777 : 0o644)
            // Keep the owner too when allowed (running as root over a user's file); failure is harmless.
            if exists { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
            guard fsync(descriptor) == 0 else { throw XMLError.io("fsync failed: \(errnoText())", file: path) }
        } catch {
            unlink(temporary)
            throw error
        }
        let backup = path + ".bak"
        if keepsBackup && exists && access(backup, F_OK) != 0 {
            if link(path, backup) != 0 {
                do { try FileManager.default.copyItem(atPath: path, toPath: backup) } catch {
                    unlink(temporary)
                    throw XMLError.io("cannot keep a backup: \(error.localizedDescription)", file: backup)
                }
            }
        }
        guard rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw XMLError.io("cannot replace the file: \(reason)", file: path)
        }
        let folderDescriptor = open(folder, O_RDONLY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw XMLError.io("write failed: \(errnoText())", file: path)
                }
                written += result
            }
        }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
