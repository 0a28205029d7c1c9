import Foundation
import Logging
import RetroMetadata
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders
import RetroMetadataStore
import RetroMetadataTesting
import Testing

@Suite("Client against loopback providers")
struct CachedClientTests {
    static let searchAnswer = FixtureResponse.json(
        #"{"success": true, "data": [{"id": 2254, "name": "Super Mario World", "types": []},"#
            + #"{"id": 5310, "name": "Super Mario World 2: Yoshi's Island", "types": []}]}"#)

    static func environment() -> ProviderEnvironment {
        ProviderEnvironment(
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), time: ManualTimeSource(),
            retryPolicy: RetryPolicy(maxAttempts: 2))
    }

    static func settings(_ server: LoopbackServer) -> [ProviderKey: ProviderSettings] {
        [
            .steamgriddb: ProviderSettings(
                credentials: ["api_key": "sgdb-secret"], baseURL: server.baseURL + "/api/v2"),
            .thegamesdb: ProviderSettings(credentials: ["api_key": "tgdb-secret"], baseURL: server.baseURL + "/v1"),
        ]
    }

    @Test("a second identical run is served from the cache with zero requests, found and not-found alike")
    func secondRunFromCache() async throws {
        try await withLoopbackServer { server in
            server.on(.prefix("GET", "/api/v2/search/autocomplete/"), Self.searchAnswer)
            server.on(.prefix("GET", "/api/v2/search/autocomplete/nothing"), .json(#"{"success": true, "data": []}"#))
            let cache = ResponseCache(backend: MemoryCache(), logger: Logger(label: "test"))
            func run() async throws -> [String] {
                let client = try MetadataClient(
                    settings: Self.settings(server), environment: Self.environment(), cache: cache,
                    only: [.steamgriddb])
                return try await withMetadataClient(client) { client in
                    let found = try await client.search("super mario world", platform: "snes")
                    let none = try await client.search("nothing here")
                    #expect(found.errors.isEmpty && none.errors.isEmpty)
                    return found.results.map(\.name) + none.results.map(\.name)
                }
            }
            let first = try await run()
            let asked = server.requests.count
            #expect(asked == 2)
            let second = try await run()
            #expect(second == first)
            #expect(first.first == "Super Mario World")
            #expect(server.requests.count == asked)
        }
    }

    @Test("a provider answering 500 is listed with its error while the others' results come back")
    func partialFailure() async throws {
        try await withLoopbackServer { server in
            server.on(.prefix("GET", "/api/v2/search/autocomplete/"), Self.searchAnswer)
            server.on(.prefix("GET", "/v1/"), .json(#"{"code": 500, "status": "boom"}"#, status: 500))
            let client = try MetadataClient(
                settings: Self.settings(server), environment: Self.environment(), only: [.steamgriddb, .thegamesdb])
            let outcome = try await client.search("super mario world")
            #expect(outcome.results.first?.name == "Super Mario World")
            #expect(outcome.results.allSatisfy { $0.provider == .steamgriddb })
            #expect(outcome.errors.map(\.provider) == [.thegamesdb])
            #expect(outcome.errors.allSatisfy { !$0.message.contains("tgdb-secret") })
            await client.shutdown()
        }
    }
}
