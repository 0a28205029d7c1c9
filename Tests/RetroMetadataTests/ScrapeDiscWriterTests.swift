import Foundation
import RetroMetadata
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataTesting
import RetroMetadataXML
import Testing

@Suite("Writing multi-disc games for each frontend")
struct ScrapeDiscWriterTests {
    let catalog = try? FrontendCatalog.load(folders: [
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates").path
    ])

    /// A `psx` folder with a two-disc game and a one-disc game, as a scrape returns them.
    private func scraped(playlistExists: Bool = false) throws -> (TemporaryFolder, ScrapeFolder, [ScrapedGame]) {
        let root = try TemporaryFolder(label: "disc-writer")
        let path = try root.folder("psx")
        let discs = try (1...2).map { try root.write("psx/Quest (USA) (Disc \($0)).chd", [UInt8($0)]) }
        let solo = try root.write("psx/Solo (USA).chd", [3])
        var quest = LibraryEntry(path: "./Quest (USA).m3u")
        quest.name = "Quest (USA)"
        var single = LibraryEntry(path: "./Solo (USA).chd")
        single.name = "Solo"
        let games = [
            ScrapedGame(
                path: discs[0], entry: quest, identification: .hash,
                discs: ScrapedDiscs(discs: discs, playlist: path + "/Quest (USA).m3u", playlistExists: playlistExists)),
            ScrapedGame(path: solo, entry: single, identification: .hash),
        ]
        return (root, ScrapeFolder(path: path, platform: "psx", files: []), games)
    }

    private func frontend(_ name: String) throws -> Frontend { try #require(catalog).frontend(named: name) }

    private func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("es: a playlist in the ROM folder, the entry points at it, the disc files are hidden; a rerun adds nothing")
    func esPlaylistAndHiddenDiscs() throws {
        let (root, folder, games) = try scraped()
        let summary = try ScrapeWriter().write(games, folder: folder, target: try frontend("es"))
        let playlist = folder.path + "/Quest (USA).m3u"
        #expect(text(playlist) == "Quest (USA) (Disc 1).chd\nQuest (USA) (Disc 2).chd\n")
        #expect(summary.files.map(\.path) == [playlist, root.path + "/psx/gamelist.xml"])
        #expect(summary.files.allSatisfy { $0.action == "create" })
        let written = try GamelistFile.read(path: root.path + "/psx/gamelist.xml").library.entries
        #expect(
            written.map(\.path) == [
                "./Quest (USA).m3u", "./Solo (USA).chd", "./Quest (USA) (Disc 1).chd", "./Quest (USA) (Disc 2).chd",
            ])
        #expect(written.map(\.hidden) == [false, false, true, true])
        #expect(written[0].name == "Quest (USA)")

        let again = try ScrapeWriter().write(games, folder: folder, target: try frontend("es"))
        #expect(again.files.map(\.action) == ["unchanged"])
        #expect(try GamelistFile.read(path: root.path + "/psx/gamelist.xml").library.entries.count == 4)
    }

    @Test("batocera lists the playlist alone: it hides the files a playlist names itself")
    func batoceraPlaylistOnly() throws {
        let (root, folder, games) = try scraped()
        _ = try ScrapeWriter().write(games, folder: folder, target: try frontend("batocera"))
        #expect(text(folder.path + "/Quest (USA).m3u") != nil)
        let written = try GamelistFile.read(path: root.path + "/psx/gamelist.xml").library.entries
        #expect(written.map(\.path) == ["./Quest (USA).m3u", "./Solo (USA).chd"])
    }

    @Test(
        "esde, pegasus, attractmode and retroarch point at the playlist, never at a disc",
        arguments: [
            "esde", "pegasus", "attractmode", "retroarch",
        ])
    func playlistFrontends(name: String) throws {
        let (root, folder, games) = try scraped()
        let summary = try ScrapeWriter(output: root.path + "/out").write(games, folder: folder, target: frontend(name))
        #expect(text(folder.path + "/Quest (USA).m3u") == "Quest (USA) (Disc 1).chd\nQuest (USA) (Disc 2).chd\n")
        let output = try #require(summary.outputs.first)
        let metadata = try #require(text(output))
        // AttractMode names a ROM by its stem; the emulator's romext (`.m3u`) completes it.
        #expect(metadata.contains(name == "attractmode" ? "\nQuest (USA);" : "Quest (USA).m3u"))
        if name == "esde" {
            let entries = try GamelistFile.read(path: output).library.entries
            #expect(
                entries.filter(\.hidden).map(\.path) == ["./Quest (USA) (Disc 1).chd", "./Quest (USA) (Disc 2).chd"])
        } else {
            #expect(!metadata.contains("Disc 1") && !metadata.contains("Disc 2"))
        }
    }

    @Test("launchbox: one game launching disc 1 and an AdditionalApplication per disc, added once")
    func launchBoxAdditionalApplications() throws {
        let (root, folder, games) = try scraped()
        let writer = ScrapeWriter(output: root.path + "/out")
        let summary = try writer.write(games, folder: folder, target: try frontend("launchbox"))
        #expect(text(folder.path + "/Quest (USA).m3u") == nil)
        let path = try #require(summary.outputs.first)
        let file = try LaunchBoxPlatformFile.read(path: path)
        let discs = try #require(games[0].discs?.discs)
        #expect(file.library.entries.map(\.path) == [discs[0], games[1].path])
        let id = LaunchBoxPlatformFile.gameID(for: file.library.entries[0])
        let xml = try #require(text(path))
        #expect(xml.components(separatedBy: "<AdditionalApplication>").count == 3)
        for (index, disc) in discs.enumerated() {
            #expect(xml.contains("<GameID>\(id)</GameID>\n    <ApplicationPath>\(disc)</ApplicationPath>"))
            #expect(xml.contains("<Name>Disc \(index + 1)</Name>"))
            #expect(xml.contains("<Disc>\(index + 1)</Disc>"))
        }
        let again = try writer.write(games, folder: folder, target: try frontend("launchbox"))
        #expect(again.files.allSatisfy { $0.action == "unchanged" })
        #expect(text(path)?.components(separatedBy: "<AdditionalApplication>").count == 3)
    }

    @Test("an entry listed before the discs were grouped gives its values to the game and is hidden")
    func earlierDiscEntry() throws {
        let (root, folder, games) = try scraped()
        try root.write(
            "out/gamelists/psx/gamelist.xml",
            text: """
                <?xml version="1.0"?>
                <gameList>
                	<game>
                		<path>./Quest (USA) (Disc 1).chd</path>
                		<name>Old Quest</name>
                		<favorite>true</favorite>
                	</game>
                </gameList>

                """)
        let summary = try ScrapeWriter(output: root.path + "/out").write(
            games, folder: folder, target: frontend("esde"))
        let entries = try GamelistFile.read(path: try #require(summary.outputs.first)).library.entries
        #expect(
            entries.map(\.path) == [
                "./Quest (USA) (Disc 1).chd", "./Quest (USA).m3u", "./Solo (USA).chd", "./Quest (USA) (Disc 2).chd",
            ])
        #expect(entries.map(\.hidden) == [true, false, false, true])
        #expect(entries[1].name == "Old Quest" && entries[1].favorite)
        #expect(entries[0].name == "Old Quest")
    }

    @Test("launchbox: a title edited in LaunchBox survives a rerun")
    func launchBoxEditKept() throws {
        let (root, folder, games) = try scraped()
        let writer = ScrapeWriter(output: root.path + "/out")
        let path = try #require(try writer.write(games, folder: folder, target: frontend("launchbox")).outputs.first)
        let edited = try #require(text(path)).replacingOccurrences(
            of: "<Title>Quest (USA)</Title>", with: "<Title>Quest, the Director's Cut</Title>")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
        _ = try writer.write(games, folder: folder, target: try frontend("launchbox"))
        let file = try LaunchBoxPlatformFile.read(path: path)
        #expect(file.library.entries.map(\.name) == ["Quest, the Director's Cut", "Solo"])
        #expect(text(path)?.components(separatedBy: "<AdditionalApplication>").count == 3)
    }

    @Test("a playlist already there is never rewritten", arguments: [true, false])
    func existingPlaylistKept(userPlaylist: Bool) throws {
        let (root, folder, games) = try scraped(playlistExists: userPlaylist)
        let mine = "# mine\nQuest (USA) (Disc 2).chd\nQuest (USA) (Disc 1).chd\n"
        try root.write("psx/Quest (USA).m3u", text: mine)
        let summary = try ScrapeWriter().write(games, folder: folder, target: try frontend("es"))
        #expect(text(folder.path + "/Quest (USA).m3u") == mine)
        #expect(!summary.files.contains { $0.path.hasSuffix(".m3u") })
    }

    @Test("a dry run reports the playlist and metadata it would create and writes nothing")
    func dryRun() throws {
        let (root, folder, games) = try scraped()
        let writer = ScrapeWriter(output: root.path + "/out", dryRun: true)
        for name in ["es", "esde", "launchbox"] {
            let summary = try writer.write(games, folder: folder, target: try frontend(name))
            #expect(summary.files.allSatisfy { $0.action == "create" })
            #expect(summary.files.contains { $0.path == folder.path + "/Quest (USA).m3u" } == (name != "launchbox"))
        }
        #expect(!FileManager.default.fileExists(atPath: root.path + "/out"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/Quest (USA).m3u"))
    }
}
