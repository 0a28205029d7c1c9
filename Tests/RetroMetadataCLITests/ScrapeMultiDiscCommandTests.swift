import Foundation
import Testing

/// `scrape` of the two-disc sample (`samples/roms/psx`, identified by `samples/dat`) for es and launchbox.
@Suite struct ScrapeMultiDiscCommandTests {
    private func scrape(_ root: URL, _ environment: [String: String?], _ extra: [String] = []) throws
        -> CommandRunner.Output
    {
        try CommandRunner.run(
            [
                "scrape", root.appendingPathComponent("samples/roms/psx").path, "--providers", "dat",
                "--state-dir", root.appendingPathComponent("state").path, "--frontend", "es", "--frontend",
                "launchbox", "--output", root.appendingPathComponent("out").path, "--json",
            ] + extra, environment: environment)
    }

    private func text(_ root: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test func discsBecomeOneEntryWithAPlaylistAndARerunChangesNothing() throws {
        let (root, environment) = try ScrapeCommandTests().copyOfSamples()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try scrape(root, environment)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try result.jsonLines().first)
        #expect(summary["games"] as? Int == 1)
        #expect(summary["identified_by_hash"] as? Int == 1)
        let rom = try #require((summary["roms"] as? [[String: Any]])?.first)
        #expect(rom["name"] as? String == "Ember Tide (USA)")
        #expect((rom["discs"] as? [String])?.count == 2)
        let playlist = root.appendingPathComponent("samples/roms/psx/Ember Tide (USA).m3u").path
        #expect(rom["playlist"] as? String == playlist)
        let files = try #require(summary["files"] as? [[String: Any]])
        #expect(files.contains { $0["path"] as? String == playlist && $0["action"] as? String == "create" })
        #expect(
            text(root, "samples/roms/psx/Ember Tide (USA).m3u")
                == "Ember Tide (USA) (Disc 1).cue\nEmber Tide (USA) (Disc 2).cue\n")
        let gamelist = try #require(text(root, "out/psx/gamelist.xml"))
        #expect(gamelist.contains("<path>./Ember Tide (USA).m3u</path>"))
        #expect(gamelist.components(separatedBy: "<hidden>true</hidden>").count == 3)
        let launchBox = try #require(text(root, "out/Data/Platforms/Sony Playstation.xml"))
        #expect(launchBox.components(separatedBy: "<AdditionalApplication>").count == 3)
        #expect(launchBox.components(separatedBy: "<Game>").count == 2)

        let second = try scrape(root, environment)
        #expect(second.status == 0, "\(second.stderr)")
        let again = try #require(try second.jsonLines().first)
        #expect((again["roms"] as? [[String: Any]])?.first?["path"] as? String == playlist)
        let changes = try #require(again["files"] as? [[String: Any]])
        #expect(changes.allSatisfy { $0["action"] as? String == "unchanged" }, "\(changes)")
        #expect(!changes.contains { $0["path"] as? String == playlist })
        #expect(text(root, "out/psx/gamelist.xml") == gamelist)
        #expect(text(root, "out/Data/Platforms/Sony Playstation.xml") == launchBox)
    }

    @Test func dryRunListsThePlaylistAndWritesNothing() throws {
        let (root, environment) = try ScrapeCommandTests().copyOfSamples()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try scrape(root, environment, ["--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try #require(try result.jsonLines().first?["files"] as? [[String: Any]])
        let playlist = root.appendingPathComponent("samples/roms/psx/Ember Tide (USA).m3u").path
        #expect(files.contains { $0["path"] as? String == playlist && $0["action"] as? String == "create" })
        #expect(!FileManager.default.fileExists(atPath: playlist))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }
}
