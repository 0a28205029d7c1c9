import Foundation
import Logging
import RetroMetadata
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders
import RetroMetadataScan
import RetroMetadataTesting
import Testing

/// Several games identified at once: bounded by the job count and by each provider's own limit, results in order.
// The time limit is a safety net for a gauge that would wait for calls that never come, not a test of speed.
@Suite("Scrape job concurrency", .timeLimit(.minutes(1)))
struct ScrapeJobConcurrencyTests {
    let folder: TemporaryFolder
    let files: [RomFile]
    static let count = 8

    init() throws {
        folder = try TemporaryFolder(label: "scrape-jobs")
        for number in 1...Self.count {
            try folder.write("roms/Game \(number) (World).gb", Array("rom number \(number)".utf8))
        }
        files = RomFinder().find(in: [folder.path + "/roms"]).files
    }

    /// A client over one provider that names each ROM's game after its file.
    func echoingClient(_ gauge: ConcurrencyGauge) -> MetadataClient {
        MetadataClient(providers: [ClientProvider(EchoingHashProvider(gauge: gauge), priority: 0)])
    }

    /// Scrapes the ROMs with `jobs`, returning the games and each `onEach` report.
    func scrape(jobs: Int, client: MetadataClient) async throws -> (games: [ScrapedGame], reported: [Int]) {
        var reported: [Int] = []
        let games = try await ScrapeJob(jobs: jobs).run(
            files, scanner: RomScanner(), client: client, existing: [:], onEach: { reported.append($0) })
        return (games, reported)
    }

    @Test("with 4 jobs four games are identified at once, never more, and results come in the games' order")
    func fourAtOnce() async throws {
        let gauge = ConcurrencyGauge(holdUntil: 4)
        let (games, reported) = try await scrape(jobs: 4, client: echoingClient(gauge))
        #expect(await gauge.highest == 4)
        #expect(await gauge.total == Self.count)
        #expect(games.map(\.path) == files.map(\.path))
        #expect(games.map(\.entry.name) == (1...Self.count).map { "Game \($0)" })
        #expect(games.allSatisfy { $0.identification == .hash })
        #expect(reported == Array(1...Self.count))

        let sequential = try await scrape(jobs: 1, client: echoingClient(ConcurrencyGauge()))
        #expect(sequential.games.map(\.entry) == games.map(\.entry))
        #expect(sequential.games.map(\.filledFields) == games.map(\.filledFields))
    }

    @Test("with 1 job never more than one game is identified at a time")
    func oneAtATime() async throws {
        let gauge = ConcurrencyGauge()
        let (games, reported) = try await scrape(jobs: 1, client: echoingClient(gauge))
        #expect(await gauge.highest == 1)
        #expect(await gauge.total == Self.count)
        #expect(games.map(\.entry.name) == (1...Self.count).map { "Game \($0)" })
        #expect(reported == Array(1...Self.count))
    }

    @Test("more jobs than a provider's max_concurrent still send at most that many of its requests at once")
    func providerLimitHolds() async throws {
        let gauge = ConcurrencyGauge(holdUntil: 2)
        let settings = ProviderSettings(
            credentials: ["api_key": "test-key"], rateLimit: RateLimit(spacing: .zero, maxConcurrent: 2))
        let environment = ProviderEnvironment(
            transport: GaugedTransport(gauge: gauge), logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() },
            retryPolicy: .none, stateDirectory: folder.path + "/state")
        let client = try MetadataClient(
            settings: [.steamgriddb: settings], environment: environment, only: [.steamgriddb])
        let (games, reported) = try await withMetadataClient(client) { client in
            try await scrape(jobs: Self.count, client: client)
        }
        #expect(await gauge.highest == 2)
        #expect(await gauge.total >= Self.count)
        #expect(games.map(\.path) == files.map(\.path))
        #expect(games.allSatisfy { $0.identification == .notFound && $0.errors.isEmpty })
        #expect(reported == Array(1...Self.count))
    }
}
