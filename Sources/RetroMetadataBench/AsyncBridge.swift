import Foundation

/// Runs async library code from the synchronous benchmark loop.
enum AsyncBridge {
    /// Waits for `body` on a global executor; the calling thread (never a cooperative one here) blocks.
    static func wait<Result: Sendable>(_ body: @escaping @Sendable () async -> Result) -> Result {
        let box = Box<Result>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await body()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    // Written by the task before the semaphore signals and read after the wait: never concurrently.
    private final class Box<Value>: @unchecked Sendable {
        var value: Value?
    }
}
