import Foundation

/// Runs one suite in a fresh child process of this binary and reads back its measurements.
///
/// A process per suite keeps memory held by one suite (allocator caches, runtime metadata) out of the
/// next suite's peak, which an in-process reset alone cannot.
struct SuiteProcess {
    /// The suite to run.
    let suite: String
    /// Whether to run its quick version.
    let quick: Bool
    /// Timed runs per measurement.
    let runs: Int

    /// The child's measurements; throws with its error output when it fails.
    func run() throws -> [BenchmarkMeasurement] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--json", "--runs", String(runs)] + (quick ? ["--quick"] : []) + [suite]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("suite \(suite) failed (exit \(process.terminationStatus)): \(message)")
        }
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).map {
            try decoder.decode(BenchmarkMeasurement.self, from: Data($0))
        }
    }
}
