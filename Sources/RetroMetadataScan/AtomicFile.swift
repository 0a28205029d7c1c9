#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file in one step: write a temporary file in the same folder, fsync it, rename it over.
enum AtomicFile {
    /// Writes `bytes` to `path` so readers see either the old file or the whole new one.
    static func replace(_ path: String, with bytes: [UInt8]) throws(ScanError) {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .writeFailed(path, reason: String(cString: strerror(errno))) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return try fail(descriptor, temporary, path) }
            written += count
        }
        guard fsync(descriptor) == 0 else { return try fail(descriptor, temporary, path) }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(path, reason: reason)
        }
    }

    private static func fail(_ descriptor: Int32, _ temporary: String, _ path: String) throws(ScanError) {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        throw .writeFailed(path, reason: reason)
    }
}
