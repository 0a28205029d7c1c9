import Foundation
import RetroMetadata
import RetroMetadataExport

/// Scraping a ROM folder against a loopback ScreenScraper with latency and account limits, cold then warm.
struct ScrapeSuite: BenchmarkSuite {
    let name = "scrape"
    let summary = "2,000 ROMs against a loopback ScreenScraper (50 ms per request, account limits), cold then warm"

    /// The fake account: one thread and 1,200 requests a minute, a free account's daily quotas.
    private let limits = ScreenScraperLimits()
    private let latency = Duration.milliseconds(50)

    func run(quick: Bool, runs: Int) throws -> [BenchmarkMeasurement] {
        let count = quick ? 20 : 2_000
        let target = try BenchFrontends.catalog().frontend(named: "es")
        return try ScratchFolder.with(name) { folder in
            let roms = folder.file("snes")
            _ = try ScrapeRomGenerator.write(count: count, into: roms, fileExtension: "sfc")
            let scrape = ScrapeRun(
                roms: roms, platform: "snes", state: folder.file("state"), output: folder.file("out"), target: target,
                latency: latency, limits: limits)
            // Every cold run starts from empty caches; the warm runs then reuse what the last cold run stored.
            let cold = try BenchmarkMeasurement.timeWithPeak(runs: runs, prepare: scrape.clearCaches) {
                try checked(try scrape.run(), count: count, warm: false)
            }
            let warm = try BenchmarkMeasurement.timeWithPeak(runs: runs) {
                try checked(try scrape.run(), count: count, warm: true)
            }
            guard warm.result.count(.hash) == cold.result.count(.hash) else {
                throw BenchError(
                    "warm run identified \(warm.result.count(.hash)) ROMs, cold \(cold.result.count(.hash))")
            }
            return [
                row("cold: \(count) ROMs, empty response and hash caches", cold, count: count),
                row("warm: same ROMs, caches filled", warm, count: count),
            ]
        }
    }

    /// `outcome` when every ROM was scraped without error and, for a warm run, nothing was asked or re-hashed.
    private func checked(_ outcome: ScrapeRun.Outcome, count: Int, warm: Bool) throws -> ScrapeRun.Outcome {
        guard outcome.games.count == count else { throw BenchError("scraped \(outcome.games.count) of \(count) ROMs") }
        if let failure = outcome.games.flatMap(\.errors).first {
            throw BenchError("a ROM failed: \(failure)")
        }
        let refused = outcome.service.throttled + outcome.service.overQuota
        guard refused == 0 else {
            throw BenchError("the client went over the account's limits: \(refused) requests refused (429/430/431)")
        }
        guard !warm || outcome.service.requests == 0 else {
            throw BenchError("the warm run made \(outcome.service.requests) requests; it must make none")
        }
        guard !warm || outcome.rehashed == 0 else {
            throw BenchError("the warm run hashed \(outcome.rehashed) files again; the hash cache should answer")
        }
        return outcome
    }

    private func row(
        _ label: String, _ timed: (seconds: [Double], cpu: [Double], peak: Int?, result: ScrapeRun.Outcome), count: Int
    ) -> BenchmarkMeasurement {
        let outcome = timed.result
        return BenchmarkMeasurement(
            suite: name, name: label, items: count, unit: "ROMs", seconds: timed.seconds, cpuSeconds: timed.cpu,
            peakMemory: timed.peak,
            notes: [
                "requests": String(outcome.service.requests), "hashed": String(outcome.rehashed),
                "by_hash": String(outcome.count(.hash)), "not_found": String(outcome.count(.notFound)),
                "gamelist": outcome.gamelist,
            ])
    }
}
