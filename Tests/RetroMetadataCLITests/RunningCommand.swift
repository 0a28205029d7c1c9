import Foundation
import RetroMetadataTesting

#if canImport(Glibc)
    import Glibc
#endif

/// The built binary running in the background, so a test can kill it at a moment it chooses.
final class RunningCommand: @unchecked Sendable {
    private let process = Process()

    /// Starts the binary with `arguments`; `environment` entries are added to (or, when `nil`, removed from) ours.
    init(_ arguments: [String], environment: [String: String?] = [:]) throws {
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Whether it is still running.
    var isRunning: Bool { process.isRunning }

    /// Waits until `condition` holds or the process ends (a minute at most, a safety net, not a test of speed);
    /// returns whether the condition held.
    @discardableResult
    func wait(until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if condition() { return true }
            if !process.isRunning { return condition() }
            usleep(1000)
        }
        return condition()
    }

    /// Kills it with SIGKILL (no clean-up of any kind can run), unless it already ended, and waits for the end.
    func kill() {
        if process.isRunning { _ = Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Waits for the end and returns the exit status.
    func finish() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Runs `body` on its own thread: the loopback server answers on the shared task pool, which a blocking wait there
/// could starve.
func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
