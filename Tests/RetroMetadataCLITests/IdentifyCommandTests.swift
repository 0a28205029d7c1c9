import Foundation
import RetroMetadataTesting
import Testing

/// `retro-metadata search|identify` against SteamGridDB and TheGamesDB served by a loopback server.
@Suite(.serialized) struct IdentifyCommandTests {
    let folder = NSTemporaryDirectory() + "retro-metadata-cli-identify-" + UUID().uuidString
    static let secret = "sgdb-secret-key-1234"

    static func install(_ server: LoopbackServer) {
        server.on(
            .prefix("GET", "/api/v2/search/autocomplete/"),
            .json(
                #"{"success": true, "data": [{"id": 2254, "name": "Super Mario World", "types": []},"#
                    + #"{"id": 5310, "name": "Super Mario World 2: Yoshi's Island", "types": []}]}"#))
        server.on(
            "GET", "/api/v2/games/id/2254",
            .json(#"{"success": true, "data": {"id": 2254, "name": "Super Mario World", "types": []}}"#))
        server.on(.prefix("GET", "/v1/"), .json(#"{"code": 500, "status": "down"}"#, status: 500))
    }

    func environment(_ server: LoopbackServer) -> [String: String?] {
        [
            "XDG_CONFIG_HOME": folder, "RETRO_METADATA_CACHE_URL": nil,
            "RETRO_METADATA_STEAMGRIDDB_API_KEY": Self.secret,
            "RETRO_METADATA_STEAMGRIDDB_BASE_URL": server.baseURL + "/api/v2",
            "RETRO_METADATA_THEGAMESDB_API_KEY": "tgdb-secret-key-5678",
            "RETRO_METADATA_THEGAMESDB_BASE_URL": server.baseURL + "/v1",
        ]
    }

    /// Runs the binary on its own thread: the loopback server answers on the shared task pool, which a
    /// blocking wait there could starve.
    func run(_ arguments: [String], _ server: LoopbackServer) async throws -> CommandRunner.Output {
        let environment = environment(server)
        return try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try CommandRunner.run(arguments, environment: environment) }) }
                .start()
        }
    }

    @Test func identifyPrintsTheDocumentedJSONAndASecondRunAsksNothing() async throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rom = folder + "/Super Mario World (USA).sfc"
        try Data(repeating: 7, count: 1024).write(to: URL(fileURLWithPath: rom))
        try await withLoopbackServer { server in
            Self.install(server)
            let arguments = [
                "identify", rom, "--providers", "steamgriddb", "--json", "--cache", "sqlite:\(folder)/cache.sqlite",
                "--state-dir", folder,
            ]
            let first = try await run(arguments, server)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.hasPrefix(#"{"path":"\#(rom)","match":{"provider":"steamgriddb","id":"2254","#))
            let line = try #require(try first.jsonLines().first)
            let match = try #require(line["match"] as? [String: Any])
            #expect(match["name"] as? String == "Super Mario World")
            #expect(match["match_type"] as? String == "name_unique")
            #expect(Array(match.keys).sorted() == ["id", "match_type", "name", "provider", "score"])
            let candidates = try #require(line["candidates"] as? [[String: Any]])
            #expect(candidates.first?["id"] as? String == "2254")
            #expect((line["errors"] as? [Any])?.isEmpty == true)
            let asked = server.requests.count
            #expect(asked > 0)

            let second = try await run(arguments, server)
            #expect(second.status == 0)
            #expect(second.stdout == first.stdout)
            #expect(server.requests.count == asked)
        }
    }

    @Test func searchReportsAFailingProviderAndExitsThree() async throws {
        try await withLoopbackServer { server in
            Self.install(server)
            let result = try await run(
                ["search", "super mario world", "--providers", "thegamesdb,steamgriddb", "--json", "--cache", "none"],
                server)
            #expect(result.status == 3)
            let lines = try result.jsonLines()
            #expect(lines.first?["name"] as? String == "Super Mario World")
            #expect(lines.allSatisfy { $0["provider"] as? String == "steamgriddb" })
            #expect(result.stderr.contains("thegamesdb"))
            #expect(!result.stderr.contains("tgdb-secret-key-5678") && !result.stdout.contains(Self.secret))
        }
    }

    @Test func unknownPlatformOrProviderIsBadInput() throws {
        let platform = try CommandRunner.run(["search", "x", "--platform", "nintendo-wiiu-plus", "--cache", "none"])
        #expect(platform.status == 2)
        let provider = try CommandRunner.run(["search", "x", "--providers", "nope", "--cache", "none"])
        #expect(provider.status == 2)
        #expect(provider.stderr.contains("unknown provider 'nope'"))
    }
}
