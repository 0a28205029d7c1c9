import Foundation
import RetroMetadataTesting
import Testing

/// `sync launchbox` end to end and offline: the sample SNES ROMs identified by the sample DAT into a generated
/// LaunchBox folder that already holds a user-edited game and a game whose ROM is gone.
@Suite struct SyncLaunchBoxCommandTests {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let platformFile = "LaunchBox/Data/Platforms/Super Nintendo Entertainment System.xml"

    static let platformXML = """
        <?xml version="1.0" standalone="yes"?>
        <LaunchBox>
          <Game>
            <ID>5b0e4f0a-1111-4c2b-9d7e-000000000001</ID>
            <ApplicationPath>..\\roms\\snes\\Star Courier (USA).sfc</ApplicationPath>
            <Title>Courier (my copy)</Title>
            <Platform>Super Nintendo Entertainment System</Platform>
            <Favorite>true</Favorite>
          </Game>
          <Game>
            <ID>5b0e4f0a-1111-4c2b-9d7e-000000000002</ID>
            <ApplicationPath>..\\roms\\snes\\Lost Cartridge (USA).sfc</ApplicationPath>
            <Title>Lost Cartridge</Title>
            <Platform>Super Nintendo Entertainment System</Platform>
          </Game>
        </LaunchBox>

        """

    /// A folder with the sample SNES ROMs, the sample DAT and the LaunchBox folder.
    private func library() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(label: "sync-launchbox")
        try FileManager.default.copyItem(
            atPath: repository.appendingPathComponent("samples/roms/snes").path, toPath: folder.path + "/roms/snes")
        try folder.write(Self.platformFile, text: Self.platformXML)
        return folder
    }

    private func sync(_ folder: TemporaryFolder, _ extra: [String] = ["--platform", "snes"]) throws
        -> CommandRunner.Output
    {
        try CommandRunner.run(
            [
                "sync", "launchbox", folder.path + "/LaunchBox", "--roms", folder.path + "/roms/snes",
                "--providers", "dat", "--state-dir", folder.path + "/state", "--json",
            ] + extra,
            environment: ["RETRO_METADATA_DAT_PATHS": repository.appendingPathComponent("samples/dat").path])
    }

    private func text(_ folder: TemporaryFolder, _ path: String) -> String? {
        FileManager.default.contents(atPath: folder.path + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func addsNewRomsKeepsEditsAndMarksTheMissingOne() throws {
        let folder = try library()
        let result = try sync(folder)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try result.jsonLines().first)
        let counts = try #require(summary["counts"] as? [String: Int])
        #expect(counts["added"] == 2 && counts["marked_missing"] == 1 && counts["roms"] == 3 && counts["failed"] == 0)
        #expect(summary["platform"] as? String == "Super Nintendo Entertainment System")
        let files = try #require(summary["files"] as? [[String: Any]])
        #expect(files.map { $0["action"] as? String } == ["replace", "create"])
        let written = try #require(text(folder, Self.platformFile))
        #expect(written.contains("<Title>Courier (my copy)</Title>") && written.contains("<Favorite>true</Favorite>"))
        #expect(written.contains("<ApplicationPath>..\\roms\\snes\\Pixel Derby (Japan).sfc</ApplicationPath>"))
        #expect(written.contains("<Broken>true</Broken>"))
        // Titles and versions split the way LaunchBox's own import writes them.
        #expect(
            written.contains("<Title>Lantern Keep</Title>") && written.contains("<Version>(Europe) (Rev 1)</Version>"))
        #expect(written.contains("<Title>Pixel Derby</Title>") && written.contains("<Version>(Japan)</Version>"))
        #expect(written.contains("<Region>Japan</Region>") && written.contains("<Region>Europe</Region>"))
        #expect(
            text(folder, "LaunchBox/Data/Platforms.xml")?.contains("<Name>Super Nintendo Entertainment System</Name>")
                == true)
        #expect(text(folder, Self.platformFile + ".bak") == Self.platformXML)
        let again = try sync(folder)
        #expect(again.status == 0, "\(again.stderr)")
        let secondFiles = try #require(try again.jsonLines().first?["files"] as? [[String: Any]])
        #expect(secondFiles.allSatisfy { $0["action"] as? String == "unchanged" }, "\(secondFiles)")
    }

    @Test func dryRunWritesNothing() throws {
        let folder = try library()
        let result = try sync(folder, ["--platform", "snes", "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try result.jsonLines().first)
        #expect(summary["dry_run"] as? Bool == true)
        let games = try #require(summary["games"] as? [[String: Any]])
        #expect(
            games.contains {
                $0["action"] as? String == "added" && ($0["filled"] as? [String])?.contains("name") == true
            })
        #expect(text(folder, Self.platformFile) == Self.platformXML)
        #expect(text(folder, "LaunchBox/Data/Platforms.xml") == nil)
    }

    @Test func unreadablePlatformFileIsBadInputNamingIt() throws {
        let folder = try library()
        try folder.write(Self.platformFile, text: "<LaunchBox><Game><Title>")
        let result = try sync(folder)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("Super Nintendo Entertainment System.xml"))
        #expect(text(folder, Self.platformFile) == "<LaunchBox><Game><Title>")
        #expect(text(folder, "LaunchBox/Data/Platforms.xml") == nil)
    }

    @Test func platformTheCatalogDoesNotKnowNeedsItsPlatformFile() throws {
        let folder = try library()
        let unknown = try sync(folder, ["--platform", "Shelf Favourites"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Shelf Favourites"))
        try folder.write(
            "LaunchBox/Data/Platforms/Shelf Favourites.xml", text: "<?xml version=\"1.0\"?>\n<LaunchBox />\n")
        let result = try sync(folder, ["--platform", "shelf favourites"])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try #require(text(folder, "LaunchBox/Data/Platforms/Shelf Favourites.xml"))
        #expect(written.components(separatedBy: "<Game>").count - 1 == 3)
        #expect(written.contains("<Platform>Shelf Favourites</Platform>"))
    }

    @Test func platformIsRequired() throws {
        let folder = try library()
        let result = try sync(folder, [])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--platform"))
    }
}
