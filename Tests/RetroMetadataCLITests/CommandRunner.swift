import Foundation
import RetroMetadataTesting

/// Runs the built `retro-metadata` binary and captures what it prints.
struct CommandRunner {
    /// What one run produced.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output split into lines, without the final empty one.
        var lines: [String] {
            stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }

        /// Each standard output line decoded as a JSON object.
        func jsonLines() throws -> [[String: Any]] {
            try lines.map { line in
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw CocoaError(.coderReadCorrupt)
                }
                return object
            }
        }
    }

    /// The binary next to the test bundle, or under `.build/debug` of the package.
    static var binary: URL { BuiltExecutable.url(named: "retro-metadata") }

    /// Runs the binary with arguments and optional standard input; `environment` entries are added to
    /// (or, when `nil`, removed from) this process's.
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String?] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Write and read on separate threads so large inputs and outputs never block each other.
        let writer = Thread {
            if let stdin { input.fileHandleForWriting.write(stdin) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        nonisolated(unsafe) var errorData = Data()
        let errorReader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errorReader.isExecuting || !errorReader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}
