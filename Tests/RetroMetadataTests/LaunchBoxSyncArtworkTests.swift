import Foundation
import Logging
import RetroMetadata
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataTesting
import Testing

/// `sync launchbox` with online artwork: the fixture's ROMs identified by a provider whose media are URLs served by
/// a loopback server, downloaded through the scrape's artwork step.
@Suite("LaunchBox sync artwork")
struct LaunchBoxSyncArtworkTests {
    let fixture: LaunchBoxSyncFixture
    let store: ArtworkStore
    var covers: String { fixture.launchBox + "/Images/\(LaunchBoxSyncFixture.platformName)/Box - Front/" }
    var screenshots: String {
        fixture.launchBox + "/Images/\(LaunchBoxSyncFixture.platformName)/Screenshot - Gameplay/"
    }

    init() throws {
        fixture = try LaunchBoxSyncFixture()
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let downloader = ArtworkDownloader(
            transport: LiveHTTPTransport(), defaultLimit: .unlimited, retryPolicy: .none, logger: logger)
        store = try ArtworkStore(
            stateDirectory: fixture.folder.path + "/state", downloader: downloader, logger: logger)
    }

    static func png(_ tint: UInt8) -> Data {
        Data(StoredPNGEncoder.encode(width: 3, height: 4) { x, y in (UInt8(x), UInt8(y), tint) })
    }

    /// Star Courier offers a cover; New Quest a cover and a screenshot whose URL carries a key. All online.
    func client(_ base: String) -> MetadataClient {
        let provider = FileNameProvider(games: [
            "Star Courier (USA).sfc": Game(
                name: "Star Courier", ids: [.screenscraper: "1"],
                media: [.cover: [MediaAsset(url: base + "/img/courier.png", provider: .screenscraper)]]),
            "New Quest (USA).sfc": Game(
                name: "New Quest", ids: [.screenscraper: "2"],
                media: [
                    .cover: [MediaAsset(url: base + "/img/quest.png", provider: .screenscraper)],
                    .screenshot: [MediaAsset(url: base + "/img/quest-shot.png?key=secret", provider: .screenscraper)],
                ]),
        ])
        return MetadataClient(providers: [ClientProvider(provider, priority: 0)])
    }

    func serve(_ server: LoopbackServer) {
        for (name, tint) in [("courier", 1), ("quest", 2), ("quest-shot", 3)] {
            server.on(
                "GET", "/img/\(name).png",
                FixtureResponse(headers: [("Content-Type", "image/png")], body: Self.png(UInt8(tint))))
        }
    }

    func artwork(dryRun: Bool = false) -> ScrapeArtwork {
        ScrapeArtwork(store: store, kinds: [.cover, .screenshot], dryRun: dryRun)
    }

    @Test("online media are stored and placed, except kinds the game has an image of; a rerun asks nothing")
    func downloadsAndPlaces() async throws {
        let own = Data("the user's own cover".utf8)
        try fixture.folder.write(
            "LaunchBox/Images/\(LaunchBoxSyncFixture.platformName)/Box - Front/My Courier-01.jpg", Array(own))
        try await withLoopbackServer { server in
            serve(server)
            let summary = try await fixture.run(fixture.sync(), client: client(server.baseURL), artwork: artwork())
            #expect(FileManager.default.contents(atPath: covers + "New Quest-01.png") == Self.png(2))
            #expect(FileManager.default.contents(atPath: screenshots + "New Quest-01.png") == Self.png(3))
            #expect(FileManager.default.contents(atPath: covers + "My Courier-01.jpg") == own)
            #expect(!FileManager.default.fileExists(atPath: covers + "My Courier-01.png"))
            #expect(!server.requests.contains { $0.path == "/img/courier.png" })
            #expect(summary.media.count == 2 && summary.media.allSatisfy { $0.source.hasPrefix(store.root) })
            let quest = try #require(summary.games.first { $0.title == "New Quest" })
            #expect(quest.filled.contains("media.cover") && quest.filled.contains("media.screenshot"))
            #expect(summary.mediaFailed == 0)
            let asked = server.requests.count
            let first = fixture.text(fixture.platformFile)

            let again = try await fixture.run(fixture.sync(), client: client(server.baseURL), artwork: artwork())
            #expect(server.requests.count == asked)
            #expect(again.media.isEmpty && fixture.text(fixture.platformFile) == first)
        }
    }

    @Test("a failed download is its game's error; the other media are placed")
    func failedDownload() async throws {
        try await withLoopbackServer { server in
            serve(server)
            server.on("GET", "/img/quest-shot.png", .text("gone", status: 404))
            let summary = try await fixture.run(fixture.sync(), client: client(server.baseURL), artwork: artwork())
            #expect(summary.mediaFailed == 1)
            let quest = try #require(summary.games.first { $0.title == "New Quest" })
            #expect(quest.errors.count == 1 && quest.errors.first?.contains("screenshot") == true)
            #expect(FileManager.default.contents(atPath: covers + "New Quest-01.png") == Self.png(2))
            #expect(!FileManager.default.fileExists(atPath: screenshots + "New Quest-01.png"))
            #expect(fixture.text(fixture.platformFile).contains("<Title>New Quest</Title>"))
        }
    }

    @Test("a dry run downloads nothing and lists what it would place, by URL")
    func dryRun() async throws {
        try await withLoopbackServer { server in
            serve(server)
            let summary = try await fixture.run(
                fixture.sync(dryRun: true), client: client(server.baseURL), artwork: artwork(dryRun: true))
            #expect(!server.requests.contains { $0.path.hasPrefix("/img/") })
            #expect(
                Set(summary.media.map(\.source)) == [
                    server.baseURL + "/img/courier.png", server.baseURL + "/img/quest.png",
                    server.baseURL + "/img/quest-shot.png",
                ])
            #expect(summary.media.contains { $0.destination == covers + "New Quest-01.png" })
            #expect(summary.media.contains { $0.destination == screenshots + "New Quest-01.png" })
            #expect(!FileManager.default.fileExists(atPath: fixture.launchBox + "/Images"))
            #expect(fixture.text(fixture.platformFile) == LaunchBoxSyncFixture.platformXML)
        }
    }
}
