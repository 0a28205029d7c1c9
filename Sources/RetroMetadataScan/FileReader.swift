#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file front to back in fixed-size chunks into one reused buffer (bounded memory).
struct FileReader {
    /// Bytes read per system call.
    let chunkSize: Int

    /// Calls `body` with each chunk of the file at `path`, in order; `sizeHint` keeps the buffer small for small files.
    func forEachChunk(
        of path: String, sizeHint: Int64? = nil, _ body: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileReader.error(path, errno) }
        defer { close(descriptor) }
        #if canImport(Glibc)
            _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_SEQUENTIAL)
        #endif
        // One byte more than the expected size lets the read that sees end of file come back at once.
        let capacity = sizeHint.map { Int(clamping: max(4096, min(Int64(chunkSize), $0 + 1))) } ?? chunkSize
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 64)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, capacity)
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReader.error(path, errno)
            }
            if count == 0 { return }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// The scan error for a failed system call on `path`.
    static func error(_ path: String, _ code: Int32) -> ScanError {
        code == ENOENT ? .notFound(path) : .unreadable(path, reason: String(cString: strerror(code)))
    }
}
