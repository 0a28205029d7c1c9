import Logging
import RetroMetadata
import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataStore
import Testing

@Suite("Caching provider decorator")
struct CachingProviderTests {
    let hashes = FileHashes(size: 9, crc32: "0a0b0c0d", md5: "md5", sha1: "sha1")

    func client(_ provider: StubProvider) -> MetadataClient {
        let cache = ResponseCache(backend: MemoryCache(), logger: Logger(label: "test"))
        return MetadataClient(providers: [ClientProvider(provider, priority: 1, cache: cache)], cache: cache)
    }

    @Test("found and not-found hash answers are asked once; errors are asked again")
    func hashAnswersCached() async throws {
        for answer in [Game(name: "Found", ids: [.screenscraper: "1"]), nil] {
            let gauge = ConcurrencyGauge()
            let client = client(StubProvider(key: .screenscraper, hashAnswer: answer, gauge: gauge))
            let first = try await client.identifyByHash(hashes, fileName: "f.gb")
            let second = try await client.identifyByHash(hashes, fileName: "f.gb")
            #expect(first.game?.name == answer?.name && second.game?.name == answer?.name)
            #expect(await gauge.total == 1)
        }
        let gauge = ConcurrencyGauge()
        let failing = client(
            StubProvider(key: .screenscraper, failure: serverError(.screenscraper), gauge: gauge))
        _ = try await failing.identifyByHash(hashes)
        let again = try await failing.identifyByHash(hashes)
        #expect(again.errors.map(\.provider) == [.screenscraper])
        #expect(await gauge.total == 2)
    }

    @Test("a provider that cannot identify by hash is not asked to, even behind the cache")
    func nonHashProviderSkipped() async throws {
        struct NameOnly: MetadataProvider {
            var key: ProviderKey { .igdb }
            func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] { [] }
            func game(id: String) async throws -> Game? { nil }
            func identify(fileName: String, platformID: Int?) async throws -> Game? { nil }
        }
        let cache = ResponseCache(backend: MemoryCache(), logger: Logger(label: "test"))
        let entry = ClientProvider(NameOnly(), priority: 1, cache: cache)
        #expect(entry.hashing == nil)
        #expect(entry.provider is CachingProvider)
    }

    @Test("heartbeat reports each provider, failures included")
    func heartbeat() async throws {
        let client = MetadataClient(providers: [
            ClientProvider(StubProvider(key: .igdb), priority: 1),
            ClientProvider(StubProvider(key: .mobygames, failure: serverError(.mobygames)), priority: 2),
        ])
        let beats = try await client.heartbeat()
        #expect(beats.map(\.provider) == [.igdb, .mobygames])
        #expect(beats.map(\.isAlive) == [true, false])
    }

    @Test("details merges the records of every provider that knows the game")
    func details() async throws {
        var found = Game(
            name: "Sonic", ids: [.igdb: "2", .screenscraper: "1"], metadata: GameMetadata(developer: "Sega"))
        found.match = MatchInfo(provider: .igdb, score: 1, type: .hash)
        let ss = StubProvider(
            key: .screenscraper,
            games: [
                "1": Game(
                    name: "Sonic the Hedgehog", ids: [.screenscraper: "1"], metadata: GameMetadata(summary: "Fast"))
            ])
        let client = MetadataClient(providers: [
            ClientProvider(ss, priority: 1), ClientProvider(StubProvider(key: .igdb), priority: 2),
        ])
        let (merged, errors) = try await client.details(of: found)
        #expect(errors.isEmpty)
        #expect(merged.name == "Sonic the Hedgehog")
        #expect(merged.sources[.name] == .screenscraper)
        #expect(merged.metadata.developer == "Sega")
        #expect(merged.sources[.developer] == .igdb)
        #expect(merged.metadata.summary == "Fast")
        #expect(merged.match?.type == .hash)
    }
}
