import Foundation
import Testing

/// `scrape` end to end and offline: a copy of `samples/`, SNES identified by the sample DAT and Mega Drive by its
/// own gamelist, written for es and esde.
@Suite struct ScrapeCommandTests {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A fresh copy of the samples and the environment pointing the offline providers at it.
    func copyOfSamples() throws -> (root: URL, environment: [String: String?]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scrape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("samples"), to: root.appendingPathComponent("samples"))
        let environment: [String: String?] = [
            "RETRO_METADATA_DAT_PATHS": root.appendingPathComponent("samples/dat").path,
            "RETRO_METADATA_GAMELIST_ROMS_PATH": root.appendingPathComponent("samples/roms/megadrive").path,
        ]
        return (root, environment)
    }

    func scrape(_ root: URL, _ environment: [String: String?], _ extra: [String] = []) throws
        -> CommandRunner.Output
    {
        let roms = root.appendingPathComponent("samples/roms")
        return try CommandRunner.run(
            [
                "scrape", roms.appendingPathComponent("snes").path, roms.appendingPathComponent("megadrive").path,
                "--providers", "dat,gamelist", "--state-dir", root.appendingPathComponent("state").path,
                "--frontend", "es", "--frontend", "esde", "--output", root.appendingPathComponent("out").path,
            ] + extra, environment: environment)
    }

    func text(_ root: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test func scrapeWritesIdentifiedNamesForEsAndEsde() throws {
        let (root, environment) = try copyOfSamples()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try scrape(root, environment, ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try result.jsonLines().first)
        #expect(summary["games"] as? Int == 5)
        #expect(summary["identified_by_hash"] as? Int == 3)
        #expect(summary["identified_by_name"] as? Int == 2)
        #expect(summary["not_found"] as? Int == 0)
        for path in ["out/snes/gamelist.xml", "out/gamelists/snes/gamelist.xml"] {
            let written = try #require(text(root, path), "\(path) not written")
            for name in ["Lantern Keep (Europe) (Rev 1)", "Pixel Derby (Japan)", "Star Courier (USA)"] {
                #expect(written.contains("<name>\(name)</name>"), "\(path) lacks \(name)")
            }
        }
        let megadrive = try #require(text(root, "out/gamelists/genesis/gamelist.xml"))
        #expect(megadrive.contains("<name>Harbor Run</name>"))
        #expect(megadrive.contains("<favorite>true</favorite>"))
        #expect(megadrive.contains("<playcount>14</playcount>"))
    }

    @Test func editsInTheOutputSurviveAndASecondRunChangesNothing() throws {
        let (root, environment) = try copyOfSamples()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try scrape(root, environment).status == 0)
        let esde = root.appendingPathComponent("out/gamelists/snes/gamelist.xml")
        var edited = try #require(text(root, "out/gamelists/snes/gamelist.xml"))
        edited = edited.replacingOccurrences(
            of: "<name>Star Courier (USA)</name>",
            with: "<name>Star Courier (USA)</name>\n\t\t<favorite>true</favorite>\n\t\t<playcount>7</playcount>")
        try Data(edited.utf8).write(to: esde)
        let second = try scrape(root, environment, ["--json"])
        #expect(second.status == 0, "\(second.stderr)")
        let after = try #require(text(root, "out/gamelists/snes/gamelist.xml"))
        #expect(after.contains("<favorite>true</favorite>"))
        #expect(after.contains("<playcount>7</playcount>"))
        let files = try #require(try second.jsonLines().first?["files"] as? [[String: Any]])
        #expect(files.count == 4)
        #expect(files.allSatisfy { $0["action"] as? String == "unchanged" }, "\(files)")
    }

    @Test func dryRunWritesNothing() throws {
        let (root, environment) = try copyOfSamples()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try scrape(root, environment, ["--dry-run", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try result.jsonLines().first)
        #expect(summary["dry_run"] as? Bool == true)
        let files = try #require(summary["files"] as? [[String: Any]])
        #expect(files.count == 4 && files.allSatisfy { $0["action"] as? String == "create" })
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }

    @Test func unknownFolderNameWithoutPlatformIsBadUsage() throws {
        let (root, environment) = try copyOfSamples()
        defer { try? FileManager.default.removeItem(at: root) }
        let odd = root.appendingPathComponent("samples/roms/not-a-system")
        try FileManager.default.moveItem(at: root.appendingPathComponent("samples/roms/snes"), to: odd)
        let result = try CommandRunner.run(
            ["scrape", odd.path, "--providers", "dat", "--output", root.appendingPathComponent("out").path],
            environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--platform"))
    }
}

extension ScrapeCommandTests {
    @Test func unreadableExistingGamelistIsBadUsage() throws {
        let (root, environment) = try copyOfSamples()
        defer { try? FileManager.default.removeItem(at: root) }
        let gamelist = root.appendingPathComponent("samples/roms/megadrive/gamelist.xml")
        try Data("<gameList><game><path>".utf8).write(to: gamelist)
        let result = try CommandRunner.run(
            [
                "scrape", gamelist.deletingLastPathComponent().path, "--providers", "dat",
                "--state-dir", root.appendingPathComponent("state").path,
            ], environment: environment)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("gamelist.xml"))
    }
}

extension ScrapeCommandTests {
    /// es, esde and three text formats (read back to tell what they hold): a second run into them fills nothing.
    @Test func filledFieldsCountAgainstEachTargetFile() throws {
        let (root, environment) = try copyOfSamples()
        defer { try? FileManager.default.removeItem(at: root) }
        let targets = ["--frontend", "pegasus", "--frontend", "attractmode", "--frontend", "retroarch"]
        let first = try #require(try scrape(root, environment, targets + ["--json"]).jsonLines().first)
        // 19 values plus the three sample images the Mega Drive gamelist names, placed in the new layouts.
        #expect(first["fields_filled"] as? Int == 22)
        let harbor = (first["roms"] as? [[String: Any]])?.first { ($0["path"] as? String)?.contains("Harbor Run") == true }
        let harborFilled = Set(harbor?["filled"] as? [String] ?? [])
        #expect(harborFilled.isSuperset(of: ["media.cover", "media.screenshot"]))
        let second = try #require(try scrape(root, environment, targets + ["--json"]).jsonLines().first)
        #expect(second["fields_filled"] as? Int == 0)
        #expect((second["roms"] as? [[String: Any]])?.allSatisfy { ($0["filled"] as? [String])?.isEmpty == true } == true)
    }
}
