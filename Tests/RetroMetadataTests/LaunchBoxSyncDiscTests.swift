import Foundation
import RetroMetadata
import RetroMetadataCore
import RetroMetadataScan
import RetroMetadataTesting
import RetroMetadataXML
import Testing

/// Multi-disc games in `sync launchbox`: a generated `psx` folder with a two-disc game (cue sheets and their tracks)
/// and a one-disc game, synced into a generated LaunchBox folder.
@Suite("LaunchBox sync of multi-disc games")
struct LaunchBoxSyncDiscTests {
    static let platformName = "Sony Playstation"
    static let gameID = "8a7c2f10-0000-4a55-9c1e-00000000d15c"
    let folder: TemporaryFolder
    var launchBox: String { folder.path + "/LaunchBox" }
    var platformFile: String { launchBox + "/Data/Platforms/\(Self.platformName).xml" }

    init() throws {
        folder = try TemporaryFolder(label: "launchbox-sync-discs")
        for disc in 1...2 {
            try folder.write(
                "roms/psx/Quest (USA) (Disc \(disc)).cue",
                text: "FILE \"Quest (USA) (Disc \(disc)).bin\" BINARY\n  TRACK 01 MODE2/2352\n    INDEX 01 00:00:00\n")
            try folder.write("roms/psx/Quest (USA) (Disc \(disc)).bin", [UInt8](repeating: UInt8(disc), count: 96))
        }
        try folder.write("roms/psx/Solo (USA).cue", text: "FILE \"Solo (USA).bin\" BINARY\n")
        try folder.write("roms/psx/Solo (USA).bin", [UInt8](repeating: 7, count: 96))
        _ = try folder.folder("LaunchBox")
    }

    /// The provider knows the two-disc game under the name a scrape identifies it by (its title, disc 1's extension).
    var client: MetadataClient {
        let quest = Game(
            name: "Quest (USA) (Disc 1)", ids: [.screenscraper: "7"],
            metadata: GameMetadata(summary: "Two discs.", developer: "Disc Works"))
        return MetadataClient(providers: [
            ClientProvider(FileNameProvider(games: ["Quest (USA).cue": quest]), priority: 0)
        ])
    }

    func run(dryRun: Bool = false) async throws -> LaunchBoxSyncSummary {
        let sync = LaunchBoxSync(
            root: launchBox, roms: folder.path + "/roms/psx", platform: "psx", platformName: Self.platformName,
            dryRun: dryRun, now: Date(timeIntervalSince1970: 1_764_000_000),
            timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
        let input = try sync.prepare()
        return try await sync.run(
            input, frontend: LaunchBoxSyncFixture.frontend(), client: client, scanner: RomScanner())
    }

    func text() -> String {
        FileManager.default.contents(atPath: platformFile).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The `ApplicationPath` of every `<AdditionalApplication>` of the file, in order.
    func discPaths() throws -> [String: [String]] {
        try LaunchBoxPlatformFile.read(path: platformFile).discApplicationPaths()
    }

    /// A platform file holding `records` (already indented).
    func writePlatformFile(_ records: String) throws {
        try folder.write(
            "LaunchBox/Data/Platforms/\(Self.platformName).xml",
            text: "<?xml version=\"1.0\" standalone=\"yes\"?>\n<LaunchBox>\n\(records)\n</LaunchBox>\n")
    }

    @Test("the discs of one game become one game launching disc 1 with a record per disc; a rerun adds nothing")
    func oneGamePerMultiDiscGame() async throws {
        let summary = try await run()
        let file = try LaunchBoxPlatformFile.read(path: platformFile)
        let games = file.library.entries.filter { $0.kind == .game }
        #expect(
            games.map(\.path).sorted() == ["..\\roms\\psx\\Quest (USA) (Disc 1).cue", "..\\roms\\psx\\Solo (USA).cue"])
        let quest = try #require(games.first { $0.path.contains("Quest") })
        #expect(quest.name == "Quest" && quest.field("Version") == "(USA)")
        #expect(quest.summary == "Two discs.")
        #expect(summary.count("added") == 2 && summary.games.count == 2)
        #expect(summary.games.first { $0.title == "Quest" }?.rom?.hasSuffix("Quest (USA) (Disc 1).cue") == true)
        let id = LaunchBoxPlatformFile.gameID(for: quest).lowercased()
        let discs = ["..\\roms\\psx\\Quest (USA) (Disc 1).cue", "..\\roms\\psx\\Quest (USA) (Disc 2).cue"]
        #expect(try discPaths() == [id: discs])
        // The records and ids the scrape writer produces for the same game and paths.
        var expected = LaunchBoxPlatformFile(platform: Self.platformName, library: Library(entries: [quest]))
        expected.addDiscApplications([quest.path: discs])
        let record = { (text: String) in
            text.components(separatedBy: "<AdditionalApplication>").dropFirst().map {
                $0.components(separatedBy: "</AdditionalApplication>")[0]
            }
        }
        #expect(record(text()) == record(String(decoding: expected.serialized(), as: UTF8.self)))
        #expect(text().contains("<Name>Disc 2</Name>") && !text().contains(".bin"))

        let first = text()
        let again = try await run()
        #expect(text() == first)
        #expect(again.count("added") == 0 && again.files.map(\.action) == ["unchanged", "unchanged"])
        #expect(again.games.map(\.action) == ["unchanged", "unchanged"])
    }

    @Test("a game already standing for disc 1 is matched and keeps its edits; no game is added for disc 2")
    func existingGameForDiscOne() async throws {
        try writePlatformFile(
            """
              <Game>
                <ID>\(Self.gameID)</ID>
                <ApplicationPath>..\\roms\\psx\\Quest (USA) (Disc 1).cue</ApplicationPath>
                <Title>My Quest</Title>
                <Notes />
                <Platform>\(Self.platformName)</Platform>
                <Favorite>true</Favorite>
              </Game>
            """)
        let summary = try await run()
        let file = try LaunchBoxPlatformFile.read(path: platformFile)
        let quest = try #require(file.library.entries.first { $0.launchBoxID == Self.gameID })
        #expect(quest.name == "My Quest" && quest.favorite && quest.summary == "Two discs.")
        #expect(quest.path == "..\\roms\\psx\\Quest (USA) (Disc 1).cue")
        #expect(file.library.entries.count == 2, "one game for Quest, one for Solo")
        #expect(summary.games.first { $0.id == Self.gameID }?.action == "updated")
        #expect(try discPaths()[Self.gameID]?.count == 2)
        #expect(summary.count("marked_missing") == 0)
    }

    @Test("a game launched through a playlist that is gone follows disc 1, found by its discs' records")
    func gameFoundByItsDiscs() async throws {
        let discs = (1...2).map { disc in
            """
              <AdditionalApplication>
                <Id>8a7c2f10-0000-4a55-9c1e-00000000000\(disc)</Id>
                <GameID>\(Self.gameID)</GameID>
                <ApplicationPath>..\\roms\\psx\\Quest (USA) (Disc \(disc)).cue</ApplicationPath>
                <Name>Disc \(disc)</Name>
                <Disc>\(disc)</Disc>
              </AdditionalApplication>
            """
        }
        try writePlatformFile(
            """
              <Game>
                <ID>\(Self.gameID)</ID>
                <ApplicationPath>..\\roms\\psx\\Quest (USA).m3u</ApplicationPath>
                <Title>My Quest</Title>
                <Platform>\(Self.platformName)</Platform>
              </Game>
            \(discs.joined(separator: "\n"))
            """)
        let summary = try await run()
        let file = try LaunchBoxPlatformFile.read(path: platformFile)
        #expect(file.library.entries.count == 2)
        let quest = try #require(file.library.entries.first { $0.launchBoxID == Self.gameID })
        #expect(quest.path == "..\\roms\\psx\\Quest (USA) (Disc 1).cue" && quest.name == "My Quest")
        #expect(summary.count("marked_missing") == 0 && summary.count("added") == 1)
        #expect(try discPaths()[Self.gameID]?.count == 2, "the discs it listed are not listed again")
    }

    @Test("a game a scrape wrote with full paths and its disc records are matched and get no second set of records")
    func scrapedWithFullPaths() async throws {
        let roms = folder.path + "/roms/psx/"
        var quest = LibraryEntry(path: roms + "Quest (USA) (Disc 1).cue")
        quest.name = "Quest"
        quest.launchBoxID = Self.gameID
        var scraped = LaunchBoxPlatformFile(platform: Self.platformName, library: Library(entries: [quest]))
        let discs = [roms + "Quest (USA) (Disc 1).cue", roms + "Quest (USA) (Disc 2).cue"]
        scraped.addDiscApplications([quest.path: discs])
        try folder.write("LaunchBox/Data/Platforms/\(Self.platformName).xml", scraped.serialized())
        let summary = try await run()
        #expect(summary.games.first { $0.id == Self.gameID }?.action == "updated")
        #expect(summary.count("added") == 1, "Solo only")
        #expect(try discPaths()[Self.gameID] == discs)
    }

    @Test("a game whose ApplicationPath is gone but whose disc files exist is not marked missing")
    func discFilesKeepAGame() async throws {
        try folder.write("elsewhere/Saga (Disc 1).cue", text: "FILE \"Saga (Disc 1).bin\" BINARY\n")
        try writePlatformFile(
            """
              <Game>
                <ID>\(Self.gameID)</ID>
                <ApplicationPath>..\\elsewhere\\Saga.m3u</ApplicationPath>
                <Title>Saga</Title>
                <Platform>\(Self.platformName)</Platform>
                <Broken>false</Broken>
              </Game>
              <AdditionalApplication>
                <Id>8a7c2f10-0000-4a55-9c1e-000000000011</Id>
                <GameID>\(Self.gameID)</GameID>
                <ApplicationPath>..\\elsewhere\\Saga (Disc 1).cue</ApplicationPath>
                <Disc>1</Disc>
              </AdditionalApplication>
            """)
        let summary = try await run()
        #expect(summary.count("marked_missing") == 0)
        #expect(text().contains("<Broken>false</Broken>"))
        try FileManager.default.removeItem(atPath: folder.path + "/elsewhere/Saga (Disc 1).cue")
        let again = try await run()
        #expect(again.games.first { $0.id == Self.gameID }?.action == "marked_missing")
    }

    @Test("a dry run lists the game and writes neither it nor its disc records")
    func dryRun() async throws {
        let summary = try await run(dryRun: true)
        #expect(summary.count("added") == 2)
        #expect(summary.files.first?.action == "create")
        #expect(!FileManager.default.fileExists(atPath: platformFile))
    }
}
