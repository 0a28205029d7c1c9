import RetroMetadata
import RetroMetadataCore
import RetroMetadataProviders
import Testing

@Suite("Metadata client flows")
struct MetadataClientTests {
    @Test("search orders by provider priority, then score, and reports a failing provider beside the results")
    func searchOrderAndPartialFailure() async throws {
        let moby = StubProvider(
            key: .mobygames,
            searchResults: [
                .init(name: "Sonic 2", provider: .mobygames, id: "2"),
                .init(name: "Sonic", provider: .mobygames, id: "1"),
            ])
        let igdb = StubProvider(key: .igdb, searchResults: [.init(name: "Sonic", provider: .igdb, id: "10")])
        let broken = StubProvider(key: .thegamesdb, failure: serverError(.thegamesdb))
        let client = MetadataClient(
            providers: [
                ClientProvider(moby, priority: 2), ClientProvider(broken, priority: 3),
                ClientProvider(igdb, priority: 1),
            ],
            nameScorer: tableScorer(["Sonic": 1, "Sonic 2": 0.5]))
        let outcome = try await client.search("sonic")
        #expect(outcome.results.map { "\($0.provider):\($0.id)" } == ["igdb:10", "mobygames:1", "mobygames:2"])
        #expect(outcome.results.map(\.score) == [1, 1, 0.5])
        #expect(outcome.errors.map(\.provider) == [.thegamesdb])
        #expect(outcome.errors.first?.code == "unavailable")
    }

    @Test("no more providers are asked at once than the concurrency limit")
    func boundedConcurrency() async throws {
        let gauge = ConcurrencyGauge()
        let keys: [ProviderKey] = [.igdb, .mobygames, .screenscraper, .thegamesdb, .hltb, .steamgriddb]
        let providers = keys.enumerated().map { index, key in
            ClientProvider(StubProvider(key: key, gauge: gauge), priority: index)
        }
        let client = MetadataClient(providers: providers, concurrency: 2)
        _ = try await client.search("anything")
        #expect(await gauge.total == keys.count)
        #expect(await gauge.highest <= 2)
    }

    @Test("identify takes the highest-priority match and lists the others as runners-up")
    func identifyPriority() async throws {
        var late = Game(name: "Contra (Moby)", ids: [.mobygames: "7"])
        late.match = MatchInfo(provider: .mobygames, score: 0.9, type: .name)
        var early = Game(name: "Contra", ids: [.igdb: "3"])
        early.match = MatchInfo(provider: .igdb, score: 0.95, type: .name)
        let client = MetadataClient(providers: [
            ClientProvider(StubProvider(key: .mobygames, identifyAnswer: late), priority: 2),
            ClientProvider(StubProvider(key: .igdb, identifyAnswer: early), priority: 1),
            ClientProvider(StubProvider(key: .screenscraper, failure: serverError(.screenscraper)), priority: 0),
        ])
        let outcome = try await client.identify(fileName: "Contra (USA).nes", platform: "nes")
        #expect(outcome.game?.name == "Contra")
        #expect(outcome.game?.match?.type == .name)
        #expect(outcome.game?.match?.score == 0.95)
        #expect(outcome.game?.match?.runnersUp.map(\.provider) == [.mobygames])
        #expect(outcome.errors.map(\.provider) == [.screenscraper])
    }

    @Test("an id tag in the file name pins the game at its provider")
    func idTagPins() async throws {
        let igdb = StubProvider(key: .igdb, games: ["1234": Game(name: "Pinned", ids: [.igdb: "1234"])])
        let other = StubProvider(key: .screenscraper, hashAnswer: Game(name: "By hash"))
        let client = MetadataClient(providers: [ClientProvider(other, priority: 0), ClientProvider(igdb, priority: 1)])
        let hashes = FileHashes(size: 1, crc32: "00000000", md5: "", sha1: "")
        let outcome = try await client.identifySmart(fileName: "Thing (igdb-1234).sfc", hashes: hashes)
        #expect(outcome.game?.name == "Pinned")
        #expect(outcome.game?.match?.type == .idTag)
        #expect(outcome.game?.match?.provider == .igdb)
    }

    @Test("asking for a provider the client does not hold is an error naming it")
    func unknownProvider() async throws {
        let client = MetadataClient(providers: [ClientProvider(StubProvider(key: .igdb), priority: 1)])
        await #expect(throws: MetadataClientError.self) { try await client.search("x", providers: ["nope"]) }
    }

    @Test("a shut-down client refuses calls")
    func shutdown() async throws {
        let client = MetadataClient(providers: [ClientProvider(StubProvider(key: .igdb), priority: 1)])
        let results = try await withMetadataClient(client) { try await $0.search("x").results }
        #expect(results.isEmpty)
        await #expect(throws: MetadataClientError.shutDown) { try await client.search("x") }
    }

    @Test("the universal slug becomes each provider's own platform id")
    func platformTranslation() {
        let client = MetadataClient(providers: [])
        #expect(client.platformID(for: .igdb, platform: "snes") == 19)
        #expect(client.platformID(for: .screenscraper, platform: "snes") == 4)
        #expect(client.platformID(for: .hltb, platform: "snes") == nil)
        #expect(client.platformID(for: .igdb, platform: "no-such-platform") == nil)
    }
}
