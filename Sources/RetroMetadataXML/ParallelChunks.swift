import Foundation

/// Runs independent work over contiguous chunks of a range on all cores, results in chunk order.
enum ParallelChunks {
    /// Below this many items the work runs on the calling thread (threads cost more than they save).
    static let threshold = 4096

    /// `body` applied to consecutive sub-ranges of `0..<count`, one per core, concatenated in order.
    static func map<Result: Sendable>(count: Int, _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard count >= threshold, cores > 1 else { return [body(0..<count)] }
        let chunks = min(cores, 8)
        let size = (count + chunks - 1) / chunks
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: chunks)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        // Each iteration writes only its own slot, so the shared buffer is never written concurrently.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = min(count, chunk * size)..<min(count, (chunk + 1) * size)
            slots[chunk] = body(range)
        }
        return results.map { $0! }
    }
}
