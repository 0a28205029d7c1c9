import Foundation
import Testing

/// Runs the built `retro-metadata` binary, as a user would.
@Suite struct PlatformsCommandTests {
    func run(_ arguments: String...) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments)
    }

    @Test func listsEveryPlatformAsJSON() throws {
        let result = try run("platforms", "--json")
        #expect(result.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 458)
    }

    @Test func listsEveryPlatformAsATable() throws {
        let result = try run("platforms")
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 460)
    }

    @Test func looksUpAFrontendName() throws {
        let result = try run("platforms", "Sega - Mega Drive - Genesis", "--json")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(#"{"slug":"genesis","#))
    }

    @Test func rejectsAnUnknownNameWithSuggestions() throws {
        let result = try run("platforms", "snse")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: unknown platform 'snse'; closest: snes"))
        #expect(result.stderr.hasSuffix("\n"))
    }
}
