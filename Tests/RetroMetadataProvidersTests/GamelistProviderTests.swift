import Foundation
import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("Gamelist files as a local source: entries by ROM file name, media of both layouts")
struct GamelistProviderTests {
    /// A roms folder with a Batocera-style SNES list and an ES-DE-style Mega Drive list, and their media files.
    func collection() throws -> LocalFolder {
        let folder = try LocalFolder()
        try folder.write(
            "roms/snes/gamelist.xml",
            text: """
                <?xml version="1.0"?>
                <gameList>
                  <game id="1234" source="ScreenScraper.fr">
                    <path>./Alpha Quest (USA).sfc</path>
                    <name>Alpha Quest</name>
                    <desc>A quest.</desc>
                    <image>./images/Alpha Quest (USA)-image.png</image>
                    <rating>0.8</rating>
                    <releasedate>19940312T000000</releasedate>
                    <developer>Studio A</developer>
                    <publisher>Pub B</publisher>
                    <genre>Action, Adventure</genre>
                    <players>1-2</players>
                    <md5>00112233445566778899aabbccddeeff</md5>
                  </game>
                  <folder><path>./Hacks</path><name>Hacks</name></folder>
                </gameList>
                """)
        try folder.write("roms/snes/images/Alpha Quest (USA)-image.png", [1])
        try folder.write("roms/snes/images/Alpha Quest (USA)-thumb.jpg", [2])
        try folder.write("roms/snes/images/Alpha Quest (USA)-marquee.png", [3])
        try folder.write("roms/snes/videos/Alpha Quest (USA)-video.mp4", [4])
        try folder.write(
            "roms/megadrive/gamelist.xml",
            text: """
                <?xml version="1.0"?>
                <alternativeEmulator><label>Genesis Plus GX</label></alternativeEmulator>
                <gameList>
                  <game><path>./Beta Racer (Europe).md</path><name>Beta Racer</name><completed>true</completed></game>
                </gameList>
                """)
        try folder.write("ES-DE/downloaded_media/megadrive/covers/Beta Racer (Europe).png", [5])
        try folder.write("ES-DE/downloaded_media/megadrive/screenshots/Beta Racer (Europe).jpg", [6])
        try folder.write("ES-DE/downloaded_media/megadrive/manuals/Beta Racer (Europe).pdf", [7])
        return folder
    }

    func provider(_ folder: LocalFolder) throws -> GamelistProvider {
        try GamelistProvider(
            sources: GamelistSource.find(romsPath: folder.path + "/roms"),
            downloadedMedia: folder.path + "/ES-DE/downloaded_media")
    }

    @Test("a Batocera list gives fields and its images/<stem>-<suffix> files")
    func batocera() async throws {
        let folder = try collection()
        let provider = try provider(folder)
        #expect(provider.count == 2)
        let game = try #require(try await provider.identify(fileName: "/x/Alpha Quest (USA).sfc", platformID: nil))
        #expect(game.name == "Alpha Quest")
        #expect(game.platform == "snes")
        #expect(game.match?.type == .local)
        #expect(game.metadata.genres == ["Action", "Adventure"])
        #expect(game.metadata.releaseDate == GameDate(year: 1994, month: 3, day: 12))
        #expect(game.metadata.players == PlayerCount(minimum: 1, maximum: 2))
        #expect(game.metadata.rating == 0.8)
        let images = folder.path + "/roms/snes/images/Alpha Quest (USA)"
        #expect(game.firstAsset(.screenshot)?.url == images + "-image.png")
        #expect(game.firstAsset(.cover)?.url == images + "-thumb.jpg")
        #expect(game.firstAsset(.cover)?.format == "jpg")
        #expect(game.firstAsset(.marquee)?.url == images + "-marquee.png")
        #expect(game.firstAsset(.video)?.url == folder.path + "/roms/snes/videos/Alpha Quest (USA)-video.mp4")
        #expect(game.firstAsset(.fanart) == nil)
        let byID = try await provider.game(id: try #require(game.ids[.gamelist]))
        #expect(byID?.name == "Alpha Quest")
    }

    @Test("an ES-DE list finds downloaded_media/<system>/<kind>/<stem> files")
    func esDE() async throws {
        let folder = try collection()
        let provider = try provider(folder)
        let game = try #require(try await provider.identify(fileName: "Beta Racer (Europe).md", platformID: nil))
        let media = folder.path + "/ES-DE/downloaded_media/megadrive"
        #expect(game.firstAsset(.cover)?.url == media + "/covers/Beta Racer (Europe).png")
        #expect(game.firstAsset(.screenshot)?.url == media + "/screenshots/Beta Racer (Europe).jpg")
        #expect(game.firstAsset(.manual)?.url == media + "/manuals/Beta Racer (Europe).pdf")
        #expect(game.firstAsset(.video) == nil)
        // A differently tagged dump of the same game matches by name, not as a local record.
        let similar = try await provider.identify(fileName: "Beta Racer (USA).md", platformID: nil)
        #expect(similar?.name == "Beta Racer")
        #expect(similar?.match?.type == .name)
        #expect(try await provider.identify(fileName: "Gamma World (USA).md", platformID: nil) == nil)
        let results = try await provider.search("racer", platformID: nil, limit: 5)
        #expect(results.map(\.name) == ["Beta Racer"])
        #expect(results.first?.coverURL == media + "/covers/Beta Racer (Europe).png")
    }

    @Test("a platform keeps identification and search within that system's gamelists")
    func platformScoped() async throws {
        let folder = try LocalFolder()
        for (system, name) in [("nes", "Block Drop (NES)"), ("gb", "Block Drop (Game Boy)"), ("mysystem", "Block Drop (Homebrew)")] {
            try folder.write(
                "roms/\(system)/gamelist.xml",
                text: "<gameList><game><path>./Block Drop.zip</path><name>\(name)</name></game></gameList>")
        }
        let provider = try GamelistProvider(sources: GamelistSource.find(romsPath: folder.path + "/roms"))
        #expect(try await provider.identify(fileName: "Block Drop.zip", platform: "gb")?.name == "Block Drop (Game Boy)")
        #expect(try await provider.identify(fileName: "Block Drop.zip", platform: "Nintendo Entertainment System")?.name == "Block Drop (NES)")
        // A system folder the catalog does not know is never ruled out.
        #expect(try await provider.identify(fileName: "Block Drop.zip", platform: "snes")?.name == "Block Drop (Homebrew)")
        let names = try await provider.search("Block Drop", platform: "gb", limit: 10).map(\.name)
        #expect(Set(names) == ["Block Drop (Game Boy)", "Block Drop (Homebrew)"])
        #expect(try await provider.search("Block Drop", platform: nil, limit: 10).count == 3)
    }

    @Test("the descriptor is disabled until the roms path is set, and names the variable")
    func descriptor() throws {
        let status = GamelistProvider.descriptor.status(with: ProviderSettings())
        #expect(status == .disabled(reason: "no local data: set RETRO_METADATA_GAMELIST_ROMS_PATH"))
        let settings = try ProviderSettings(
            environment: ["RETRO_METADATA_GAMELIST_ROMS_PATH": "/roms"], for: GamelistProvider.descriptor)
        #expect(GamelistProvider.descriptor.status(with: settings) == .enabled)
    }

    @Test("every reference gamelist loads as a source")
    func referenceGamelists() throws {
        for path in referenceFiles("gamelist") {
            let provider = try GamelistProvider(sources: GamelistSource.find(romsPath: path))
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let hasGames = text.contains("<game>") || text.contains("<game ")
            #expect((provider.count > 0) == hasGames, "\(path)")
        }
    }
}
