import Foundation
import Testing

/// Runs `retro-metadata artwork` subcommands as a user would, against a fresh state folder.
@Suite struct ArtworkCommandTests {
    let state = NSTemporaryDirectory() + "retro-metadata-artwork-cli-" + UUID().uuidString

    func run(_ arguments: String...) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments)
    }

    @Test func fetchRefusesANonHTTPURLWithStatusTwo() throws {
        defer { try? FileManager.default.removeItem(atPath: state) }
        let result = try run(
            "artwork", "fetch", "file:///etc/hostname", "--output", state + "/x.png", "--state-dir", state)
        #expect(result.status == 2)
        #expect(result.stderr.contains("only http and https URLs are downloaded"))
        #expect(!FileManager.default.fileExists(atPath: state + "/x.png"))
    }

    @Test func cacheStatsIncludeTheArtworkStoreOnceItExists() throws {
        defer { try? FileManager.default.removeItem(atPath: state) }
        let before = try run("cache", "stats", "--json", "--cache", "memory", "--state-dir", state)
        #expect(before.status == 0)
        #expect(before.stdout.contains(#""artwork":null"#))
        #expect(!FileManager.default.fileExists(atPath: state + "/artwork"), "stats must not create a store")
        try FileManager.default.createDirectory(atPath: state + "/artwork", withIntermediateDirectories: true)
        let result = try run("cache", "stats", "--json", "--cache", "memory", "--state-dir", state)
        #expect(result.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let artwork = parsed?["artwork"] as? [String: Any]
        #expect(artwork?["files"] as? Int == 0)
        #expect(artwork?["root"] as? String == state + "/artwork")
        let pruned = try run("cache", "prune", "--json", "--cache", "memory", "--state-dir", state)
        #expect(pruned.status == 0)
        #expect(pruned.stdout.contains(#""removed_files":0"#))
    }

    @Test func resizeReportsAnUnreadableImageAndExitsThree() throws {
        defer { try? FileManager.default.removeItem(atPath: state) }
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let broken = state + "/broken.png"
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]).write(to: URL(fileURLWithPath: broken))
        let result = try run("artwork", "resize", broken, "--output-dir", state + "/out", "--max-width", "10")
        #expect(result.status == 3)
        #expect(result.stderr.contains("broken.png: cannot decode image"))
    }
}
