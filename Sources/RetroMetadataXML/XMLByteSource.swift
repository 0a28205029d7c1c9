import Foundation

/// Feeds libxml2 repaired bytes, pulling raw chunks from memory or from an open file on demand.
final class XMLByteSource {
    enum Input {
        case memory([UInt8])
        case file(FileHandle)
        /// Bytes a repairer already produced (wrapper included): served as they are.
        case repaired([UInt8])
    }

    static let chunkSize = 1 << 18

    private let input: Input
    private var inputOffset = 0
    private var finished = false
    private var ready: [UInt8] = []
    private var readyOffset = 0
    var repairer: XMLRepairer
    /// The first fatal error libxml2 reported for this input.
    var failure: XMLError?
    /// Errors libxml2 recovered from (an undeclared namespace prefix and the like), kept as warnings.
    var parserWarnings: [XMLDiagnostic] = []
    /// Bytes handed to libxml2 so far.
    private(set) var served = 0

    init(input: Input, file: String, wrapsBody: Bool) {
        self.input = input
        repairer = XMLRepairer(file: file, wrapsBody: wrapsBody)
    }

    /// Copies up to `capacity` repaired bytes into `destination`; returns 0 at the end, -1 on a read failure.
    func read(into destination: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        while readyOffset >= ready.count {
            if finished { return 0 }
            ready.removeAll(keepingCapacity: true)
            readyOffset = 0
            guard refill() else { return -1 }
        }
        let count = min(capacity, ready.count - readyOffset)
        ready.withUnsafeBufferPointer { buffer in
            UnsafeMutableRawPointer(destination).copyMemory(from: buffer.baseAddress! + readyOffset, byteCount: count)
        }
        readyOffset += count
        served += count
        return count
    }

    private func refill() -> Bool {
        switch input {
        case .memory(let bytes):
            let end = min(bytes.count, inputOffset + Self.chunkSize)
            let isFinal = end == bytes.count
            bytes.withUnsafeBufferPointer { buffer in
                repairer.repair(UnsafeBufferPointer(rebasing: buffer[inputOffset..<end]), isFinal: isFinal, into: &ready)
            }
            inputOffset = end
            finished = isFinal
        case .repaired(let bytes):
            let end = min(bytes.count, inputOffset + Self.chunkSize)
            ready.append(contentsOf: bytes[inputOffset..<end])
            inputOffset = end
            finished = end == bytes.count
        case .file(let handle):
            let chunk: Data
            do { chunk = try handle.read(upToCount: Self.chunkSize) ?? Data() } catch {
                failure = .io("cannot read: \(error.localizedDescription)", file: repairer.file)
                return false
            }
            let isFinal = chunk.isEmpty
            chunk.withUnsafeBytes { raw in
                repairer.repair(raw.bindMemory(to: UInt8.self), isFinal: isFinal, into: &ready)
            }
            finished = isFinal
        }
        return true
    }
}
