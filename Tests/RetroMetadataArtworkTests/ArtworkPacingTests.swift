import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataTesting
import Testing

@Suite("Artwork download pacing and retries")
struct ArtworkPacingTests {
    /// A downloader on a manual clock: screenscraper paced at one request per 10 s, others unlimited.
    func downloader(_ time: ManualTimeSource, retries: RetryPolicy = .none) -> ArtworkDownloader {
        ArtworkDownloader(
            transport: LiveHTTPTransport(),
            limits: [.screenscraper: RateLimit(spacing: .seconds(10), maxConcurrent: 1)],
            defaultLimit: .unlimited, retryPolicy: retries, time: time,
            logger: CapturingLogHandler.logger(CapturingLogHandler.Store()))
    }

    @Test("each source is paced by its own limit; other sources are not held back by it")
    func perSourceLimit() async throws {
        let time = ManualTimeSource()
        let downloader = downloader(time)
        try await withLoopbackServer { server in
            server.on("GET", "/a.png", .media(TestImage.png(width: 2, height: 2)))
            for _ in 0..<3 {
                _ = try await downloader.download(server.baseURL + "/a.png", provider: .igdb, kind: .cover)
            }
            #expect(time.sleeps.isEmpty)
            for _ in 0..<3 {
                _ = try await downloader.download(server.baseURL + "/a.png", provider: .screenscraper, kind: .cover)
            }
            #expect(time.sleeps == [.seconds(10), .seconds(10)])
        }
    }

    @Test("a 503 answer is tried again, honouring Retry-After, and the retry's image is kept")
    func retried() async throws {
        let time = ManualTimeSource()
        let downloader = downloader(time, retries: RetryPolicy(maxAttempts: 3))
        let png = TestImage.png(width: 3, height: 3)
        try await withLoopbackServer { server in
            server.on(
                "GET", "/busy.png", FixtureResponse(status: 503, headers: [("Retry-After", "2")]), .media(png))
            let result = try await downloader.download(server.baseURL + "/busy.png", provider: .igdb, kind: .cover)
            #expect(result.bytes == png && result.format == .png)
            #expect(server.requests.count == 2)
            #expect(time.sleeps == [.seconds(2)])
        }
    }
}
