import Foundation
import RetroMetadataTesting
import Testing

/// `sync launchbox` with online artwork: the megadrive ROMs and the loopback SteamGridDB of the scrape's artwork
/// tests (its cover URLs served by the same server, carrying the API key) synced into an empty LaunchBox folder.
@Suite(.serialized) struct SyncLaunchBoxArtworkCommandTests {
    let scrape: ScrapeArtworkCommandTests
    var root: TemporaryFolder { scrape.root }

    init() throws {
        scrape = try ScrapeArtworkCommandTests()
        _ = try scrape.root.folder("LaunchBox")
    }

    func sync(_ server: LoopbackServer, _ extra: [String] = []) async throws -> CommandRunner.Output {
        try await scrape.run(
            [
                "sync", "launchbox", root.path + "/LaunchBox", "--roms", root.path + "/roms/megadrive", "--platform",
                "megadrive", "--providers", "steamgriddb", "--state-dir", root.path + "/state", "--json",
            ] + extra, server)
    }

    /// The cover path of `title` under the LaunchBox folder, for the platform the summary names.
    func cover(_ title: String, in summary: [String: Any]) -> String {
        "LaunchBox/Images/\(summary["platform"] as? String ?? "")/Box - Front/\(title)-01.png"
    }

    @Test func coversAreDownloadedAndPlacedAndARerunAsksNothing() async throws {
        try await withLoopbackServer { server in
            ScrapeArtworkCommandTests.install(server)
            let first = try await sync(server)
            #expect(first.status == 0, "\(first.stderr)")
            let summary = try #require(try first.jsonLines().first)
            #expect((summary["counts"] as? [String: Int])?["media"] == 2)
            #expect(scrape.file(cover("Alpha Quest", in: summary)) == ScrapeArtworkCommandTests.cover(1))
            #expect(scrape.file(cover("Beta Racer", in: summary)) == ScrapeArtworkCommandTests.cover(2))
            let games = try #require(summary["games"] as? [[String: Any]])
            #expect(games.allSatisfy { ($0["filled"] as? [String])?.contains("media.cover") == true })
            #expect(!first.stdout.contains("sgdb-test-key"))
            let images = server.requests.filter { $0.path.hasPrefix("/img/") }.count
            #expect(images == 2)

            let second = try await sync(server)
            #expect(second.status == 0, "\(second.stderr)")
            let again = try #require(try second.jsonLines().first)
            #expect((again["counts"] as? [String: Int])?["media"] == 0)
            #expect(server.requests.filter { $0.path.hasPrefix("/img/") }.count == images)
            let files = try #require(again["files"] as? [[String: Any]])
            #expect(files.allSatisfy { $0["action"] as? String == "unchanged" }, "\(files)")
        }
    }

    @Test func aFailedDownloadExitsWith3AndTheRestIsWritten() async throws {
        try await withLoopbackServer { server in
            ScrapeArtworkCommandTests.install(server)
            server.on("GET", "/img/2.png", .text("gone", status: 404))
            let result = try await sync(server)
            #expect(result.status == 3, "\(result.stderr)")
            let summary = try #require(try result.jsonLines().first)
            #expect((summary["counts"] as? [String: Int])?["media_failed"] == 1)
            let games = try #require(summary["games"] as? [[String: Any]])
            let beta = try #require(games.first { $0["title"] as? String == "Beta Racer" })
            let errors = try #require(beta["errors"] as? [String])
            #expect(errors.count == 1 && errors.first?.contains("/img/2.png") == true)
            #expect(!result.stdout.contains("sgdb-test-key") && !result.stderr.contains("sgdb-test-key"))
            #expect(scrape.file(cover("Alpha Quest", in: summary)) == ScrapeArtworkCommandTests.cover(1))
            #expect(scrape.file(cover("Beta Racer", in: summary)) == nil)
        }
    }

    @Test func aDryRunDownloadsNothingAndListsWhatItWouldPlace() async throws {
        try await withLoopbackServer { server in
            ScrapeArtworkCommandTests.install(server)
            let result = try await sync(server, ["--dry-run"])
            #expect(result.status == 0, "\(result.stderr)")
            let summary = try #require(try result.jsonLines().first)
            let media = try #require(summary["media"] as? [[String: Any]])
            #expect(
                Set(media.compactMap { $0["source"] as? String }) == [
                    server.baseURL + "/img/1.png", server.baseURL + "/img/2.png",
                ])
            #expect(Set(media.compactMap { $0["destination"] as? String }) == [
                root.path + "/" + cover("Alpha Quest", in: summary), root.path + "/" + cover("Beta Racer", in: summary),
            ])
            #expect(!server.requests.contains { $0.path.hasPrefix("/img/") })
            #expect(!FileManager.default.fileExists(atPath: root.path + "/LaunchBox/Data"))
            #expect(!FileManager.default.fileExists(atPath: root.path + "/LaunchBox/Images"))
        }
    }

    @Test func noDownloadAddsTheGamesAndFetchesNoImage() async throws {
        try await withLoopbackServer { server in
            ScrapeArtworkCommandTests.install(server)
            let result = try await sync(server, ["--no-download"])
            #expect(result.status == 0, "\(result.stderr)")
            let summary = try #require(try result.jsonLines().first)
            #expect((summary["counts"] as? [String: Int])?["added"] == 2)
            #expect((summary["counts"] as? [String: Int])?["media"] == 0)
            #expect(!server.requests.contains { $0.path.hasPrefix("/img/") })
            #expect(scrape.file(cover("Alpha Quest", in: summary)) == nil)
        }
    }
}
