import Foundation
import RetroMetadataTesting
import Testing

/// `scrape` with online artwork: SteamGridDB served by a loopback server, its cover URLs served by the same server.
@Suite(.serialized) struct ScrapeArtworkCommandTests {
    let root: TemporaryFolder
    static let ids = ["Alpha Quest": 1, "Beta Racer": 2, "Gamma Road": 3, "Delta Fort": 4]

    init() throws {
        root = try TemporaryFolder(label: "scrape-artwork-cli")
        for (name, id) in Self.ids {
            // Folders are scraped in path order: megadrive (1, 2) before snes (3, 4).
            let system = id <= 2 ? "megadrive" : "snes"
            try root.write(
                "roms/\(system)/\(name) (USA).\(id <= 2 ? "md" : "sfc")", [UInt8](repeating: UInt8(id), count: 64))
        }
    }

    /// The cover served for game `id`.
    static func cover(_ id: Int) -> Data {
        Data(StoredPNGEncoder.encode(width: 4, height: 6) { x, y in (UInt8(x), UInt8(y), UInt8(id)) })
    }

    /// Routes for every game: autocomplete by name, one portrait grid pointing back at the server (its URL carrying
    /// the API key, as some sources do), no other art.
    static func install(_ server: LoopbackServer) {
        for (name, id) in ids {
            var search = FixtureRoute("GET", "/api/v2/search/autocomplete/") {
                $0.target.removingPercentEncoding?.contains(name) == true
            }
            search.isPrefix = true
            server.on(search, .json(#"{"success": true, "data": [{"id": \#(id), "name": "\#(name)", "types": []}]}"#))
            server.on(
                "GET", "/api/v2/games/id/\(id)",
                .json(#"{"success": true, "data": {"id": \#(id), "name": "\#(name)", "types": []}}"#))
            server.on(
                "GET", "/api/v2/grids/game/\(id)",
                .json(
                    #"{"success": true, "data": [{"id": \#(id), "url": "\#(server.baseURL)/img/\#(id).png?key=sgdb-test-key", "#
                        + #""width": 4, "height": 6, "mime": "image/png"}]}"#))
            for kind in ["heroes", "logos", "icons"] {
                server.on("GET", "/api/v2/\(kind)/game/\(id)", .json(#"{"success": true, "data": []}"#))
            }
            server.on(
                "GET", "/img/\(id).png", FixtureResponse(headers: [("Content-Type", "image/png")], body: cover(id)))
        }
    }

    func environment(_ server: LoopbackServer) -> [String: String?] {
        [
            "XDG_CONFIG_HOME": root.path, "RETRO_METADATA_CACHE_URL": nil,
            "RETRO_METADATA_STEAMGRIDDB_API_KEY": "sgdb-test-key",
            "RETRO_METADATA_STEAMGRIDDB_BASE_URL": server.baseURL + "/api/v2",
            "RETRO_METADATA_STEAMGRIDDB_RATE_LIMIT": "1000",
        ]
    }

    func arguments(_ systems: [String], output: String = "out", _ extra: [String] = []) -> [String] {
        ["scrape"] + systems.map { root.path + "/roms/" + $0 } + [
            "--providers", "steamgriddb", "--state-dir", root.path + "/state", "--frontend", "es",
            "--output", root.path + "/" + output, "--json",
        ] + extra
    }

    func run(_ arguments: [String], _ server: LoopbackServer) async throws -> CommandRunner.Output {
        let environment = environment(server)
        return try await onThread { try CommandRunner.run(arguments, environment: environment) }
    }

    func file(_ path: String) -> Data? { FileManager.default.contents(atPath: root.path + "/" + path) }

    @Test func coversAreDownloadedOnceAndPlacedAndARerunFillsNothing() async throws {
        try await withLoopbackServer { server in
            Self.install(server)
            let first = try await run(arguments(["megadrive"]), server)
            #expect(first.status == 0, "\(first.stderr)")
            let summary = try #require(try first.jsonLines().first)
            #expect(summary["media_written"] as? Int == 2)
            #expect(summary["fields_filled"] as? Int == 4)
            let roms = try #require(summary["roms"] as? [[String: Any]])
            #expect(roms.map { $0["filled"] as? [String] ?? [] }.allSatisfy { $0 == ["name", "media.cover"] })
            #expect(file("out/megadrive/media/covers/Alpha Quest (USA).png") == Self.cover(1))
            #expect(file("out/megadrive/media/covers/Beta Racer (USA).png") == Self.cover(2))
            let gamelist = String(decoding: try #require(file("out/megadrive/gamelist.xml")), as: UTF8.self)
            #expect(gamelist.contains("<thumbnail>./media/covers/Alpha Quest (USA).png</thumbnail>"))
            let asked = server.requests.count

            let second = try await run(arguments(["megadrive"]), server)
            #expect(second.status == 0, "\(second.stderr)")
            let again = try #require(try second.jsonLines().first)
            #expect(again["media_written"] as? Int == 0)
            #expect(again["fields_filled"] as? Int == 0)
            #expect(server.requests.count == asked)

            // Another output: everything is filled there again, from the cache and the store, with no request.
            let elsewhere = try await run(arguments(["megadrive"], output: "other"), server)
            let there = try #require(try elsewhere.jsonLines().first)
            #expect(there["media_written"] as? Int == 2)
            #expect(there["fields_filled"] as? Int == 4)
            #expect(file("other/megadrive/media/covers/Beta Racer (USA).png") == Self.cover(2))
            #expect(server.requests.count == asked)
        }
    }

    @Test func theUsersOwnImageIsKeptUnlessRefresh() async throws {
        let own = Data("my own cover".utf8)
        try root.write("out/megadrive/media/covers/Alpha Quest (USA).jpg", Array(own))
        try await withLoopbackServer { server in
            Self.install(server)
            let first = try await run(arguments(["megadrive"]), server)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(try first.jsonLines().first?["media_written"] as? Int == 1)
            #expect(file("out/megadrive/media/covers/Alpha Quest (USA).jpg") == own)
            #expect(file("out/megadrive/media/covers/Alpha Quest (USA).png") == nil)
            #expect(!server.requests.contains { $0.path == "/img/1.png" })
            let gamelist = String(decoding: try #require(file("out/megadrive/gamelist.xml")), as: UTF8.self)
            #expect(gamelist.contains("<thumbnail>./media/covers/Alpha Quest (USA).jpg</thumbnail>"))

            let refreshed = try await run(arguments(["megadrive"], ["--refresh"]), server)
            #expect(refreshed.status == 0, "\(refreshed.stderr)")
            #expect(file("out/megadrive/media/covers/Alpha Quest (USA).png") == Self.cover(1))
            #expect(file("out/megadrive/media/covers/Alpha Quest (USA).jpg") == own)
        }
    }

    @Test func aFailedDownloadIsThatRomsErrorAndTheRestIsWritten() async throws {
        try await withLoopbackServer { server in
            Self.install(server)
            server.on("GET", "/img/2.png", .text("gone", status: 404))
            let result = try await run(arguments(["megadrive"]), server)
            #expect(result.status == 3, "\(result.stderr)")
            let summary = try #require(try result.jsonLines().first)
            let errors = try #require(summary["errors"] as? [[String: Any]])
            #expect(errors.count == 1)
            #expect((errors.first?["path"] as? String)?.hasSuffix("Beta Racer (USA).md") == true)
            #expect(errors.first?["code"] as? String == "http_status")
            // The image URL carried the API key: it shows nowhere.
            #expect(!result.stdout.contains("sgdb-test-key") && !result.stderr.contains("sgdb-test-key"))
            #expect((errors.first?["message"] as? String)?.contains("/img/2.png") == true)
            #expect(file("out/megadrive/media/covers/Alpha Quest (USA).png") == Self.cover(1))
            let gamelist = String(decoding: try #require(file("out/megadrive/gamelist.xml")), as: UTF8.self)
            #expect(gamelist.contains("<name>Beta Racer</name>"))
        }
    }

    @Test func aDryRunDownloadsNothingAndListsTheMedia() async throws {
        try await withLoopbackServer { server in
            Self.install(server)
            let result = try await run(arguments(["megadrive"], ["--dry-run"]), server)
            #expect(result.status == 0, "\(result.stderr)")
            let summary = try #require(try result.jsonLines().first)
            #expect(summary["media_written"] as? Int == 2)
            let media = try #require(summary["media"] as? [[String: Any]])
            #expect(
                Set(media.compactMap { $0["source"] as? String }) == [
                    server.baseURL + "/img/1.png", server.baseURL + "/img/2.png",
                ])
            #expect(media.allSatisfy { ($0["destination"] as? String)?.contains("/media/covers/") == true })
            #expect(!server.requests.contains { $0.path.hasPrefix("/img/") })
            #expect(!FileManager.default.fileExists(atPath: root.path + "/out"))
        }
    }

    @Test func noDownloadWritesTheMetadataAndFetchesNoImage() async throws {
        try await withLoopbackServer { server in
            Self.install(server)
            let result = try await run(arguments(["megadrive"], ["--no-download"]), server)
            #expect(result.status == 0, "\(result.stderr)")
            let summary = try #require(try result.jsonLines().first)
            #expect(summary["media_written"] as? Int == 0)
            #expect((summary["errors"] as? [Any])?.isEmpty == true)
            #expect(!server.requests.contains { $0.path.hasPrefix("/img/") })
            let gamelist = String(decoding: try #require(file("out/megadrive/gamelist.xml")), as: UTF8.self)
            #expect(gamelist.contains("<name>Beta Racer</name>"))
            #expect(file("out/megadrive/media/covers/Alpha Quest (USA).png") == nil)
        }
    }
}
