import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataTesting
import Testing

@Suite("Artwork batches and fallback")
struct ArtworkBatchTests {
    @Test("a failing best candidate falls back to the next source, with a warning for the failed one")
    func fallbackToNextSource() async throws {
        let scratch = try Scratch()
        let png = TestImage.png(width: 200, height: 100)
        try await withLoopbackServer { server in
            server.on("GET", "/ss/box.png", .htmlErrorPage())
            server.on("GET", "/tgdb/box.png", .media(png))
            let identified = Game(
                name: "Pong", ids: [.screenscraper: "1"],
                media: [.cover: [MediaAsset(url: server.baseURL + "/ss/box.png", provider: .screenscraper)]])
            let other = Game(
                name: "Pong", ids: [.thegamesdb: "2"],
                media: [.cover: [MediaAsset(url: server.baseURL + "/tgdb/box.png", provider: .thegamesdb)]])
            let jobs = ArtworkStore.jobs(
                for: "Pong.zip", records: [other, identified], specs: [.cover: ResizeSpec(maxWidth: 50)],
                selector: ArtworkSelector())
            let outcomes = await scratch.store.obtainAll(jobs)
            #expect(outcomes.count == 1)
            let (artwork, source) = try #require(try? outcomes[0].result.get())
            #expect(source.provider == .thegamesdb)
            let size = try VipsImageResizer().dimensions(of: Data(contentsOf: URL(fileURLWithPath: artwork.path)))
            #expect(size.width == 50 && size.height == 25)
            #expect(outcomes[0].warnings.map(\.code) == [.notMedia])
        }
    }

    @Test("many jobs run with bounded concurrency and come back in order; no candidates is not-found")
    func batchOrder() async throws {
        let scratch = try Scratch()
        try await withLoopbackServer { server in
            var jobs: [ArtworkJob] = []
            for number in 0..<12 {
                server.on("GET", "/\(number).png", .media(TestImage.png(width: 4, height: 4, seed: UInt8(number))))
                let asset = MediaAsset(url: server.baseURL + "/\(number).png", provider: .igdb)
                jobs.append(ArtworkJob(game: "game \(number)", kind: .screenshot, candidates: [asset]))
            }
            jobs.append(ArtworkJob(game: "none", kind: .cover, candidates: []))
            let outcomes = await scratch.store.obtainAll(jobs, maxConcurrent: 3)
            #expect(outcomes.map(\.game) == jobs.map(\.game))
            #expect(outcomes.prefix(12).allSatisfy { (try? $0.result.get()) != nil })
            #expect(Set(outcomes.prefix(12).compactMap { try? $0.result.get().artwork.sha1 }).count == 12)
            if case .failure(let error) = outcomes[12].result {
                #expect(error.code == .notFound)
            } else {
                Issue.record("a job without candidates succeeded")
            }
        }
    }
}
