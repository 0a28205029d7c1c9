import Foundation
import Logging
import RetroMetadata
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataTesting
import Testing

/// The scrape's artwork step against media URLs served by a loopback server.
@Suite("Scrape artwork")
struct ScrapeArtworkTests {
    let folder: TemporaryFolder
    let store: ArtworkStore

    init() throws {
        folder = try TemporaryFolder(label: "scrape-artwork")
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let downloader = ArtworkDownloader(
            transport: LiveHTTPTransport(), defaultLimit: .unlimited, retryPolicy: .none, logger: logger)
        store = try ArtworkStore(stateDirectory: folder.path + "/state", downloader: downloader, logger: logger)
    }

    static let png = Data(StoredPNGEncoder.encode(width: 4, height: 3) { x, y in (UInt8(x), UInt8(y), 9) })

    /// A scraped ROM offering one cover (two candidates) and one screenshot at `base`.
    func game(_ name: String, base: String) -> ScrapedGame {
        ScrapedGame(
            path: folder.path + "/roms/\(name).sfc", entry: LibraryEntry(path: "./\(name).sfc"), identification: .name,
            offered: [
                .cover: [
                    MediaAsset(url: base + "/\(name)-eu.png", provider: .igdb, region: "eu"),
                    MediaAsset(url: base + "/\(name)-us.png", provider: .igdb, region: "us"),
                ],
                .screenshot: [MediaAsset(url: base + "/\(name)-shot.png?key=secret", provider: .igdb)],
            ])
    }

    @Test("the best asset of each wanted kind is stored and becomes the entry's media; failures are ROM errors")
    func downloads() async throws {
        try await withLoopbackServer { server in
            server.on("GET", "/Alpha-us.png", .init(headers: [("Content-Type", "image/png")], body: Self.png))
            let artwork = ScrapeArtwork(store: store, kinds: [.cover, .screenshot])
            let games = await artwork.fetch([game("Alpha", base: server.baseURL)])
            let alpha = try #require(games.first)
            let cover = try #require(alpha.entry.media[.cover])
            #expect(FileManager.default.contents(atPath: cover) == Self.png)
            #expect(cover.hasPrefix(store.root))
            #expect(alpha.entry.media[.screenshot] == nil)
            #expect(alpha.errors.map(\.operation) == ["media"])
            #expect(alpha.errors.first?.code == "http_status")
            #expect(alpha.errors.first?.message.hasPrefix("screenshot:") == true)
            // The `us` cover ranks first; the `eu` one was never needed.
            #expect(!server.requests.contains { $0.path == "/Alpha-eu.png" })

            let again = await artwork.fetch([game("Alpha", base: server.baseURL)])
            #expect(again.first?.entry.media[.cover] == cover)
            #expect(server.requests.filter { $0.path == "/Alpha-us.png" }.count == 1)
        }
    }

    @Test("kinds the ROM or every target already has are skipped unless refreshing")
    func skipsPresentKinds() async throws {
        try await withLoopbackServer { server in
            server.on(.prefix("GET", "/"), .init(headers: [("Content-Type", "image/png")], body: Self.png))
            try folder.write("roms/media/Beta.png", Array(Self.png))
            var beta = game("Beta", base: server.baseURL)
            beta.entry.media[.cover] = "./media/Beta.png"
            let alpha = game("Alpha", base: server.baseURL)
            let present = [alpha.path: Set([MediaKind.cover, .screenshot])]
            let games = await ScrapeArtwork(store: store, kinds: [.cover]).fetch([alpha, beta], present: present)
            #expect(games.map { $0.entry.media[.cover] } == [nil, "./media/Beta.png"])
            #expect(server.requests.isEmpty)

            let refreshed = await ScrapeArtwork(store: store, kinds: [.cover], refresh: true).fetch(
                [alpha, beta], present: present)
            #expect(refreshed.allSatisfy { $0.entry.media[.cover]?.hasPrefix(store.root) == true })
            #expect(server.requests.count == 2)
        }
    }

    @Test("a dry run asks nothing and records each chosen URL without its query")
    func dryRun() async throws {
        try await withLoopbackServer { server in
            let games = await ScrapeArtwork(store: store, kinds: [.cover, .screenshot], dryRun: true).fetch([
                game("Alpha", base: server.baseURL)
            ])
            #expect(server.requests.isEmpty)
            #expect(
                games.first?.pendingMedia == [
                    .cover: server.baseURL + "/Alpha-us.png", .screenshot: server.baseURL + "/Alpha-shot.png",
                ])
            #expect(games.first?.entry.media.isEmpty == true)
        }
    }
}
