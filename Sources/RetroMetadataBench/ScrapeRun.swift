import Foundation
import Logging
import RetroMetadata
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataProviders
import RetroMetadataScan
import RetroMetadataStore
import RetroMetadataTesting

/// One `retro-metadata scrape ROMS --platform snes --providers screenscraper --output OUT`, through the library
/// pipeline, against a fresh fake ScreenScraper on a loopback port, with the response and hash caches in `state`.
struct ScrapeRun: Sendable {
    /// What one scrape did.
    struct Outcome: Sendable {
        /// Every ROM's result.
        var games: [ScrapedGame]
        /// What the fake service answered.
        var service: FakeScreenScraper.Counts
        /// Files the hash cache could not answer for, so read and hashed.
        var rehashed: Int
        /// What happened to the written gamelist: `create`, `replace` or `unchanged`.
        var gamelist: String

        /// ROMs identified with the given outcome.
        func count(_ identification: ScrapedGame.Identification) -> Int {
            games.count(where: { $0.identification == identification })
        }
    }

    /// The ROM folder.
    let roms: String
    /// The platform slug of the ROMs.
    let platform: String
    /// Where the response cache (`cache.sqlite`) and hash cache (`hashes.sqlite`) live.
    let state: String
    /// The output root the gamelist is written under.
    let output: String
    /// The frontend written.
    let target: Frontend
    /// The fake service's answer delay.
    let latency: Duration
    /// The fake account's limits, which the client's pacing follows.
    let limits: ScreenScraperLimits

    /// Removes both caches and the output: the next run starts cold.
    func clearCaches() throws {
        for folder in [state, output] where FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.removeItem(atPath: folder)
        }
    }

    /// Scrapes the folder once with a new loopback service, client and caches opened from `state`.
    func run() throws -> Outcome {
        let result = AsyncBridge.wait { () async -> Result<Outcome, any Error> in
            do { return .success(try await withLoopbackServer { try await self.scrape(against: $0) }) } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func scrape(against server: LoopbackServer) async throws -> Outcome {
        let service = FakeScreenScraper(latency: latency, limits: limits)
        service.install(on: server)
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let logger = Logger(label: "retro-metadata-bench", factory: { _ in SwiftLogNoOpLogHandler() })
        let hashCache = CountingHashCache(base: try SQLiteHashCache(directory: state, logger: logger))
        let settings = ProviderSettings(
            credentials: [
                "devid": "bench-devid", "devpassword": "bench-devpassword", "username": "bench-user",
                "password": "bench-password",
            ],
            baseURL: server.baseURL + "/api2", rateLimit: limits.clientRateLimit)
        let client = try MetadataClient(
            settings: [.screenscraper: settings],
            environment: ProviderEnvironment(logger: logger, stateDirectory: state),
            cache: ResponseCache(backend: try SQLiteCache(directory: state, logger: logger), logger: logger),
            only: [.screenscraper])
        let scan = try ScrapeFolder.scan([roms], platform: platform)
        guard scan.issues.isEmpty, scan.folders.count == 1, let folder = scan.folders.first else {
            throw BenchError("scanning \(roms) found \(scan.folders.count) folders and \(scan.issues.count) issues")
        }
        let games = try await withMetadataClient(client) { client in
            try await ScrapeJob(platform: folder.platform, providers: [.screenscraper]).run(
                folder.files, scanner: RomScanner(hashCache: hashCache), client: client, existing: folder.existing)
        }
        let written = try ScrapeWriter(output: output).write(games, folder: folder, target: target)
        return Outcome(
            games: games, service: service.counts, rehashed: hashCache.misses,
            gamelist: written.files.first?.action ?? "none")
    }
}
