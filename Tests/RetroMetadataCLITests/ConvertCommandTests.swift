import Foundation
import Testing

@Suite("convert across frontends")
struct ConvertCommandTests {
    static func fixture() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("convert-\(UUID().uuidString)")
        let system = root.appendingPathComponent("src/snes")
        try FileManager.default.createDirectory(
            at: system.appendingPathComponent("images"), withIntermediateDirectories: true)
        try Data("PNG".utf8).write(to: system.appendingPathComponent("images/game-thumb.png"))
        let gamelist = """
            <?xml version="1.0"?>
            <gameList>
            \t<game>
            \t\t<path>./game.sfc</path>
            \t\t<name>A Game</name>
            \t\t<thumbnail>./images/game-thumb.png</thumbnail>
            \t\t<favorite>true</favorite>
            \t</game>
            </gameList>
            """
        try Data(gamelist.utf8).write(to: system.appendingPathComponent("gamelist.xml"))
        return root
    }

    @Test("--dry-run reports the files and media and writes nothing")
    func dryRun() throws {
        let root = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        let result = try CommandRunner.run([
            "convert", root.appendingPathComponent("src/snes").path, "--to", "pegasus", "-o", output.path, "--dry-run",
            "--json",
        ])
        #expect(result.status == 0)
        let summary = try #require(try result.jsonLines().first)
        #expect((summary["files"] as? [[String: Any]])?.first?["action"] as? String == "create")
        #expect((summary["media"] as? [[String: Any]])?.first?["kind"] as? String == "cover")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("convert to pegasus writes the metadata file and links the cover into the layout")
    func toPegasus() throws {
        let root = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        let result = try CommandRunner.run([
            "convert", root.appendingPathComponent("src/snes").path, "--to", "pegasus", "-o", output.path,
        ])
        #expect(result.status == 0)
        let text = try String(contentsOf: output.appendingPathComponent("snes/metadata.pegasus.txt"), encoding: .utf8)
        #expect(text.contains("game: A Game"))
        #expect(text.contains("x-favorite: true"))
        #expect(
            FileManager.default.fileExists(atPath: output.appendingPathComponent("snes/media/game/boxFront.png").path))
    }

    @Test("frontends --json lists every built-in frontend")
    func frontends() throws {
        let result = try CommandRunner.run(["frontends", "--json"])
        #expect(result.status == 0)
        let names = try result.jsonLines().compactMap { $0["name"] as? String }
        #expect(names == ["attractmode", "batocera", "es", "esde", "launchbox", "pegasus", "retroarch"])
    }

    @Test("--copy writes an independent file, --symlink a link, and a second run reports the metadata unchanged")
    func placementModes() throws {
        let root = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = root.appendingPathComponent("src/snes").path
        let cover = "snes/images/game-thumb.png"
        for (flag, expectLink) in [("--copy", false), ("--symlink", true)] {
            let output = root.appendingPathComponent("out\(flag)")
            #expect(
                try CommandRunner.run(["convert", source, "--to", "batocera", "-o", output.path, flag]).status == 0)
            let placed = output.appendingPathComponent(cover).path
            let type = try FileManager.default.attributesOfItem(atPath: placed)[.type] as? FileAttributeType
            #expect((type == .typeSymbolicLink) == expectLink)
            let again = try CommandRunner.run([
                "convert", source, "--to", "batocera", "-o", output.path, "--dry-run", "--json",
            ])
            let summary = try #require(try again.jsonLines().first)
            #expect((summary["files"] as? [[String: Any]])?.first?["action"] as? String == "unchanged")
        }
    }

    @Test("an unknown target frontend exits 2 and names the known ones")
    func unknownTarget() throws {
        let root = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run([
            "convert", root.appendingPathComponent("src/snes").path, "--to", "nosuch", "-o",
            root.appendingPathComponent("o").path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown frontend nosuch"))
    }

    @Test("--templates overrides a built-in frontend, and a broken override is reported with file, line and column")
    func templatesOverride() throws {
        let root = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let mine = root.appendingPathComponent("tpl/pegasus")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        let manifest = """
            {"name": "pegasus", "title": "Mine", "format": "template", "template": "t.mustache",
             "metadataFile": "{system}/names.txt", "dateFormat": "iso", "ratingFormat": "none",
             "mediaPathsInMetadata": false, "media": {}}
            """
        try Data(manifest.utf8).write(to: mine.appendingPathComponent("frontend.json"))
        try Data("{{#games}}\n{{name}}\n{{/games}}\n".utf8).write(to: mine.appendingPathComponent("t.mustache"))
        let source = root.appendingPathComponent("src/snes").path
        let output = root.appendingPathComponent("out")
        let templates = root.appendingPathComponent("tpl").path
        let result = try CommandRunner.run([
            "convert", source, "--to", "pegasus", "-o", output.path, "--templates", templates,
        ])
        #expect(result.status == 0)
        #expect(try String(contentsOf: output.appendingPathComponent("snes/names.txt"), encoding: .utf8) == "A Game\n")
        try Data("{{#games}}\n{{nmae}}\n{{/games}}\n".utf8).write(to: mine.appendingPathComponent("t.mustache"))
        let broken = try CommandRunner.run(["frontends", "--templates", templates])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains(mine.appendingPathComponent("t.mustache").path + ":2:1: unknown name nmae"))
    }
}

@Suite("convert from LaunchBox media folders")
struct ConvertLaunchBoxMediaTests {
    @Test("numbered and per-region LaunchBox images are found and placed in the target layout")
    func regionFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("convert-lb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let platform = "Super Nintendo Entertainment System"
        let images = root.appendingPathComponent("LaunchBox/Images/\(platform)")
        let covers = images.appendingPathComponent("Box - Front/North America")
        let shots = images.appendingPathComponent("Screenshot - Gameplay")
        for folder in [covers, shots, root.appendingPathComponent("LaunchBox/Data/Platforms")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try Data("cover".utf8).write(to: covers.appendingPathComponent("Aurora Quest-02.jpg"))
        try Data("other".utf8).write(to: covers.appendingPathComponent("Aurora Quest II-01.jpg"))
        try Data("shot".utf8).write(to: shots.appendingPathComponent("Aurora Quest-01.png"))
        let xml = """
            <?xml version="1.0" standalone="yes"?>
            <LaunchBox>
              <Game>
                <ID>0b0f7c63-1a51-4d6e-9a51-1c2a0f0d9e11</ID>
                <Title>Aurora Quest</Title>
                <ApplicationPath>..\\Games\\snes\\Aurora Quest (USA).sfc</ApplicationPath>
                <Platform>\(platform)</Platform>
              </Game>
            </LaunchBox>
            """
        let source = root.appendingPathComponent("LaunchBox/Data/Platforms/\(platform).xml")
        try Data(xml.utf8).write(to: source)
        let output = root.appendingPathComponent("out")
        let result = try CommandRunner.run(["convert", source.path, "--to", "es", "-o", output.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try result.jsonLines().first)
        let media = try #require(summary["media"] as? [[String: Any]])
        let sources = Dictionary(uniqueKeysWithValues: media.compactMap { item -> (String, String)? in
            guard let kind = item["kind"] as? String, let source = item["source"] as? String else { return nil }
            return (kind, URL(fileURLWithPath: source).lastPathComponent)
        })
        #expect(sources["cover"] == "Aurora Quest-02.jpg")
        #expect(sources["screenshot"] == "Aurora Quest-01.png")
        for item in media {
            let destination = try #require(item["destination"] as? String)
            #expect(FileManager.default.fileExists(atPath: destination))
        }
    }
}
