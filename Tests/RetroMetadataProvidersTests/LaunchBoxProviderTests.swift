import Foundation
import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("LaunchBox Games DB: Metadata.xml imported into an SQLite index, searched and mapped")
struct LaunchBoxProviderTests {
    static let metadata = """
        <?xml version="1.0" standalone="yes"?>
        <LaunchBox>
          <Game>
            <Name>Paper Quest: The Folding</Name>
            <ReleaseDate>2000-08-11T00:00:00-07:00</ReleaseDate>
            <Overview>Fold your way through a paper world.</Overview>
            <MaxPlayers>2</MaxPlayers>
            <Cooperative>true</Cooperative>
            <VideoURL>http://www.youtube.com/watch?v=abcDEF12345&amp;t=3</VideoURL>
            <DatabaseID>141</DatabaseID>
            <CommunityRating>4.5</CommunityRating>
            <Platform>Nintendo 64</Platform>
            <ESRB>E - Everyone</ESRB>
            <Genres> Role-Playing; Adventure</Genres>
            <Developer>Fold Systems</Developer>
            <Publisher>Paper Co</Publisher>
          </Game>
          <GameAlternateName>
            <AlternateName>Kami Monogatari</AlternateName>
            <DatabaseID>141</DatabaseID>
            <Region>Japan</Region>
          </GameAlternateName>
          <GameImage>
            <DatabaseID>141</DatabaseID>
            <FileName>1a2b-back.jpg</FileName>
            <Type>Box - Back</Type>
            <Region>North America</Region>
          </GameImage>
          <GameImage>
            <DatabaseID>141</DatabaseID>
            <FileName>1a2b-front.png</FileName>
            <Type>Box - Front</Type>
            <Region>North America</Region>
            <CRC32>2072259539</CRC32>
          </GameImage>
          <Game>
            <Name>Paper Quest: The Folding</Name>
            <DatabaseID>900</DatabaseID>
            <Platform>Nintendo GameCube</Platform>
          </Game>
          <Game>
            <Name>Rocket Garden</Name>
            <ReleaseDate>1997-01-01T00:00:00-08:00</ReleaseDate>
            <DatabaseID>77</DatabaseID>
            <MaxPlayers>1</MaxPlayers>
            <Platform>Sony Playstation</Platform>
          </Game>
        </LaunchBox>
        """

    func provider(_ folder: LocalFolder, metadata: String = metadata) throws -> LaunchBoxProvider {
        let path = try folder.write("Metadata.xml", text: metadata)
        return try LaunchBoxProvider(
            metadataPath: path, indexPath: folder.path + "/state/launchbox.sqlite",
            imageBaseURL: "https://images.example.org/")
    }

    @Test("search by name and alternate name, fetch by DatabaseID, with images and mapped fields")
    func searchAndMap() async throws {
        let folder = try LocalFolder()
        let provider = try provider(folder)
        #expect(provider.index.gameCount == 3)
        let byAlternate = try await provider.search("kami monogatari", platformID: nil, limit: 5)
        #expect(byAlternate.first?.id == "141")
        #expect(byAlternate.first?.coverURL == "https://images.example.org/1a2b-front.png")
        let onCube = try provider.search("Paper Quest: The Folding", platformName: "Nintendo GameCube", limit: 5)
        #expect(onCube.map(\.id) == ["900"])
        let game = try #require(try await provider.game(id: "141"))
        #expect(game.platform == "n64")
        #expect(game.metadata.genres == ["Role-Playing", "Adventure"])
        #expect(game.metadata.rating == 0.9)
        #expect(game.metadata.ageRatings == [AgeRating(board: "ESRB", rating: "E")])
        #expect(game.metadata.gameModes == ["Multiplayer", "Co-op"])
        #expect(game.metadata.youtubeVideoID == "abcDEF12345")
        #expect(game.metadata.alternativeNames == ["Kami Monogatari"])
        #expect(game.metadata.releaseDate == GameDate(year: 2000, month: 8, day: 11))
        #expect(game.firstAsset(.boxBack)?.url == "https://images.example.org/1a2b-back.jpg")
        #expect(game.firstAsset(.cover)?.region == "us")
        #expect(game.sources[.summary] == .launchbox)
    }

    @Test("identify turns ' - ' into ': ', honours id tags and abstains on unknown names")
    func identify() async throws {
        let folder = try LocalFolder()
        let provider = try provider(folder)
        let game = try await provider.identify(
            fileName: "Paper Quest - The Folding (USA).z64", platformName: "Nintendo 64")
        #expect(game?.ids[.launchbox] == "141")
        #expect(game?.match?.type == .name)
        let tagged = try await provider.identify(fileName: "Whatever (launchbox-77).bin", platformID: nil)
        #expect(tagged?.name == "Rocket Garden")
        #expect(tagged?.match?.type == .idTag)
        #expect(try await provider.identify(fileName: "Completely Different (USA).z64", platformID: nil) == nil)
    }

    @Test("a universal platform slug narrows search and identification to LaunchBox's name for it")
    func platformScoped() async throws {
        let folder = try LocalFolder()
        let provider = try provider(folder)
        let cube = try await provider.identify(fileName: "Paper Quest - The Folding (USA).iso", platform: "ngc")
        #expect(cube?.ids[.launchbox] == "900")
        let n64 = try await provider.identify(fileName: "Paper Quest - The Folding (USA).z64", platform: "n64")
        #expect(n64?.ids[.launchbox] == "141")
        #expect(try await provider.search("Paper Quest", platform: "ngc", limit: 10).map(\.id) == ["900"])
        #expect(Set(try await provider.search("Paper Quest", platform: nil, limit: 10).map(\.id)) == ["141", "900"])
        #expect(try await provider.identify(fileName: "Rocket Garden (USA).bin", platform: "n64") == nil)
    }

    @Test("an unchanged Metadata.xml is not imported again; a changed one is")
    func reimport() throws {
        let folder = try LocalFolder()
        _ = try provider(folder)
        let index = try LaunchBoxIndex(path: folder.path + "/state/launchbox.sqlite")
        let path = folder.path + "/Metadata.xml"
        #expect(try index.importIfChanged(metadataPath: path).skipped)
        let smaller = Self.metadata.replacingOccurrences(of: "<Name>Rocket Garden</Name>", with: "<Name>Rocket</Name>")
        try folder.write("Metadata.xml", text: smaller)
        let summary = try index.importIfChanged(metadataPath: path)
        #expect(!summary.skipped)
        #expect(summary.games == 3 && summary.alternateNames == 1 && summary.images == 2)
    }

    @Test("the descriptor needs the metadata path")
    func descriptor() {
        let status = LaunchBoxProvider.descriptor.status(with: ProviderSettings())
        #expect(status == .disabled(reason: "no local data: set RETRO_METADATA_LAUNCHBOX_METADATA_PATH"))
    }

    @Test("every reference LaunchBox dump file imports")
    func referenceFiles() throws {
        for path in RetroMetadataProvidersTests.referenceFiles("launchbox-metadata") {
            let folder = try LocalFolder()
            let index = try LaunchBoxIndex(path: folder.path + "/index.sqlite")
            let summary = try index.importIfChanged(metadataPath: path)
            #expect(summary.games > 0 || !path.hasSuffix("metadata.xml"), "\(path)")
        }
    }
}

extension LaunchBoxProviderTests {
    @Test("LaunchBox's Metadata.zip is read through its Metadata.xml member")
    func zipped() async throws {
        let zip = ["/usr/bin/zip", "/bin/zip"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let zip else { return }
        let folder = try LocalFolder()
        try folder.write("dump/Metadata.xml", text: Self.metadata)
        try folder.write("dump/Platforms.xml", text: "<LaunchBox></LaunchBox>")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zip)
        process.arguments = [
            "-q", "-j", folder.path + "/Metadata.zip", folder.path + "/dump/Platforms.xml",
            folder.path + "/dump/Metadata.xml",
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let provider = try LaunchBoxProvider(
            metadataPath: folder.path + "/Metadata.zip", indexPath: folder.path + "/state/index.sqlite")
        #expect(provider.index.gameCount == 3)
        #expect(try await provider.game(id: "77")?.name == "Rocket Garden")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/state")
        #expect(!leftovers.contains { $0.hasPrefix("Metadata.xml") })
        let empty = try folder.write("empty.zip", [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        let error = #expect(throws: ProviderError.self) {
            try LaunchBoxProvider(metadataPath: empty, indexPath: folder.path + "/state/other.sqlite")
        }
        #expect(error?.code == .configuration)
    }
}
