import Foundation

/// Writes generated text to a file in large blocks, so multi-hundred-MB inputs are written quickly.
final class BufferedFileWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let blockSize = 4 << 20
    /// Bytes written so far, buffered ones included.
    private(set) var count = 0

    /// Creates (or truncates) the file at `path`.
    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw BenchError("cannot create \(path)") }
        self.handle = handle
        buffer.reserveCapacity(blockSize)
    }

    /// Appends text.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        count += text.utf8.count
        if buffer.count >= blockSize { try flush() }
    }

    /// Appends bytes.
    func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        count += bytes.count
        if buffer.count >= blockSize { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
