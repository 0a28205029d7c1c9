import Foundation
import Testing

/// Runs the built `retro-metadata` binary, as a user would.
@Suite struct PlatformsCommandTests {
    /// The executable's output and exit status.
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    /// The `retro-metadata` binary: beside the test executable (a few folders up inside a macOS
    /// bundle), else in the package's default build folder.
    static func binary() throws -> URL {
        var folders: [URL] = []
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            folders.append(folder)
            folder.deleteLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        folders.append(root.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent("retro-metadata")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "retro-metadata (build it first)"])
    }

    func run(_ arguments: String...) throws -> Run { try run(arguments) }

    /// Runs the binary with `arguments`, collecting its output.
    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    @Test func listsEveryPlatformAsJSON() throws {
        let result = try run("platforms", "--json")
        #expect(result.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 458)
    }

    @Test func listsEveryPlatformAsATable() throws {
        let result = try run("platforms")
        #expect(result.status == 0)
        #expect(result.output.split(separator: "\n").count == 460)
    }

    @Test func looksUpAFrontendName() throws {
        let result = try run("platforms", "Sega - Mega Drive - Genesis", "--json")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix(#"{"slug":"genesis","#))
    }

    @Test func rejectsAnUnknownNameWithSuggestions() throws {
        let result = try run("platforms", "snse")
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix("error: unknown platform 'snse'; closest: snes"))
        #expect(result.errors.hasSuffix("\n"))
    }
}
