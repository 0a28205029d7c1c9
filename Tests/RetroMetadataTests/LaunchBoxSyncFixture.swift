import Foundation
import RetroMetadata
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataProviders
import RetroMetadataScan
import RetroMetadataTesting

/// A generated LaunchBox folder beside a SNES ROM folder, and an offline provider that knows two of the ROMs.
///
/// The platform file holds a user-edited game whose ROM exists (relative path), a game whose ROM is gone (with an
/// additional application, an alternate name and a custom field), a game recorded under a Windows drive path, a
/// controller record and a record kind this tool does not know.
final class LaunchBoxSyncFixture {
    static let platformName = "Super Nintendo Entertainment System"
    static let editedID = "0f3c8a52-3d4e-4d7a-9a55-6a0c0e2a1b01"
    static let goneID = "0f3c8a52-3d4e-4d7a-9a55-6a0c0e2a1b02"
    static let drivePathID = "0f3c8a52-3d4e-4d7a-9a55-6a0c0e2a1b03"

    let folder: TemporaryFolder
    var launchBox: String { folder.path + "/LaunchBox" }
    var roms: String { folder.path + "/roms/snes" }
    var platformFile: String { launchBox + "/Data/Platforms/\(Self.platformName).xml" }
    var platformsFile: String { launchBox + "/Data/Platforms.xml" }

    /// The game record whose ROM cannot be resolved here, exactly as written (it must come back unchanged).
    static let drivePathGame = """
          <Game>
            <ID>\(drivePathID)</ID>
            <ApplicationPath>F:\\Games\\SNES\\Pixel Derby (Japan).sfc</ApplicationPath>
            <Title>Pixel Derby</Title>
            <Notes />
            <Platform>\(platformName)</Platform>
            <Favorite>false</Favorite>
          </Game>
        """

    /// A record kind this tool does not model, exactly as written.
    static let unknownRecord = """
          <GameSession>
            <GameId>\(editedID)</GameId>
            <Started>2024-01-02T10:00:00-05:00</Started>
          </GameSession>
        """

    static let platformXML = """
        <?xml version="1.0" standalone="yes"?>
        <LaunchBox>
          <Game>
            <ID>\(editedID)</ID>
            <ApplicationPath>..\\roms\\snes\\Star Courier (USA).sfc</ApplicationPath>
            <Title>My Courier</Title>
            <Notes />
            <Developer />
            <Platform>\(platformName)</Platform>
            <Emulator>513202f6-e11a-4656-b0a3-8d238dbeda17</Emulator>
            <Favorite>true</Favorite>
            <PlayCount>5</PlayCount>
            <Broken>false</Broken>
            <DateModified>2024-01-01T10:00:00-05:00</DateModified>
            <Wrapper kind="x"><Inner>kept</Inner></Wrapper>
          </Game>
          <Game>
            <ID>\(goneID)</ID>
            <ApplicationPath>..\\roms\\snes\\Gone Game (USA).sfc</ApplicationPath>
            <Title>Gone Game</Title>
            <Platform>\(platformName)</Platform>
            <Broken>false</Broken>
          </Game>
        \(drivePathGame)
          <AdditionalApplication>
            <Id>7d1b8e31-5a3c-4c71-8a10-2f6b7c9d0e11</Id>
            <GameID>\(goneID)</GameID>
            <ApplicationPath>..\\roms\\snes\\Gone Game (USA) (Rev 1).sfc</ApplicationPath>
            <Name>Play Rev 1</Name>
          </AdditionalApplication>
          <AlternateName>
            <GameID>\(goneID)</GameID>
            <Name>Gone Game Deluxe</Name>
            <Region>Europe</Region>
          </AlternateName>
          <CustomField>
            <GameID>\(goneID)</GameID>
            <Name>Shelf</Name>
            <Value>B2</Value>
          </CustomField>
          <CustomField>
            <GameID>\(editedID)</GameID>
            <Name>Owned</Name>
            <Value>boxed</Value>
          </CustomField>
          <GameControllerSupport>
            <GameId>\(editedID)</GameId>
            <ControllerId>9a1f0c55-0000-4000-8000-000000000001</ControllerId>
            <SupportLevel>Full</SupportLevel>
          </GameControllerSupport>
        \(unknownRecord)
        </LaunchBox>

        """

    /// Writes the LaunchBox folder, three ROMs (one new, one only known under a drive path) and two cover images.
    init() throws {
        folder = try TemporaryFolder(label: "launchbox-sync")
        try folder.write("LaunchBox/Data/Platforms/\(Self.platformName).xml", text: Self.platformXML)
        for (name, byte) in [("Star Courier (USA).sfc", 1), ("Pixel Derby (Japan).sfc", 2), ("New Quest (USA).sfc", 3)]
        {
            try folder.write("roms/snes/" + name, [UInt8](repeating: UInt8(byte), count: 64))
        }
        try folder.write("art/courier.png", StoredPNGEncoder.encode(width: 2, height: 2) { _, _ in (200, 40, 40) })
        try folder.write("art/quest.png", StoredPNGEncoder.encode(width: 2, height: 2) { _, _ in (200, 40, 40) })
    }

    /// The offline provider: Star Courier and New Quest by file name, with a local cover each; Pixel Derby unknown.
    var client: MetadataClient {
        let provider = FileNameProvider(games: [
            "Star Courier (USA).sfc": Game(
                name: "Star Courier", ids: [.screenscraper: "1"],
                metadata: GameMetadata(summary: "Deliver the mail.", developer: "Orbit Works"),
                media: [.cover: [MediaAsset(url: folder.path + "/art/courier.png")]]),
            "New Quest (USA).sfc": Game(
                name: "New Quest", ids: [.screenscraper: "2"],
                metadata: GameMetadata(summary: "A quest.", publisher: "Quest Co"),
                media: [.cover: [MediaAsset(url: folder.path + "/art/quest.png")]]),
        ])
        return MetadataClient(providers: [ClientProvider(provider, priority: 0)])
    }

    /// The package's LaunchBox frontend manifest.
    static func frontend() throws -> Frontend {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try FrontendCatalog.loadFrontend(in: root.appendingPathComponent("templates/launchbox").path)
    }

    /// A sync of the fixture (SNES), at a fixed time in a fixed zone.
    func sync(prune: Bool = false, dryRun: Bool = false, kinds: Set<MediaKind>? = nil) -> LaunchBoxSync {
        LaunchBoxSync(
            root: launchBox, roms: roms, platform: "snes",
            platformName: LaunchBoxSync.platformName(for: "snes", given: "snes", root: launchBox), kinds: kinds,
            prune: prune, dryRun: dryRun, now: Date(timeIntervalSince1970: 1_764_000_000),
            timeZone: TimeZone(secondsFromGMT: -5 * 3600) ?? .current)
    }

    /// Prepares and runs `sync`, with the fixture's provider unless another `client` is given.
    func run(_ sync: LaunchBoxSync, client: MetadataClient? = nil, artwork: ScrapeArtwork? = nil) async throws
        -> LaunchBoxSyncSummary
    {
        let input = try sync.prepare()
        return try await sync.run(
            input, frontend: Self.frontend(), client: client ?? self.client, scanner: RomScanner(), artwork: artwork)
    }

    /// The text of the file at `path`, or "" when there is none.
    func text(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

/// A provider that identifies ROMs by their exact file name (through the hash lookup, as a DAT would).
struct FileNameProvider: HashIdentifying {
    var key: ProviderKey = .screenscraper
    var games: [String: Game]

    func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] { [] }

    func game(id: String) async throws -> Game? {
        games.values.first { $0.ids[key] == id }
    }

    func identify(fileName: String, platformID: Int?) async throws -> Game? { nil }

    func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game? {
        fileName.flatMap { games[$0] }
    }
}
