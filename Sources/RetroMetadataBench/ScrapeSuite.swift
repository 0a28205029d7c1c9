import Foundation
import RetroMetadata
import RetroMetadataExport

/// Scraping a ROM folder against a loopback ScreenScraper with latency and account limits, cold then warm.
struct ScrapeSuite: BenchmarkSuite {
    let name = "scrape"
    let summary =
        "2,000 ROMs against a loopback ScreenScraper (50 ms per request, account limits), cold then warm, then cold "
        + "with a 4-thread account"

    /// The fake account: one thread and 1,200 requests a minute, a free account's daily quotas.
    private let limits = ScreenScraperLimits()
    /// An account with four threads and 1,200 requests a minute per thread (else the minute, not the threads,
    /// would bound the run), the client's `max_concurrent` set to match.
    private let fourThreads = ScreenScraperLimits(maxThreads: 4, maxRequestsPerMinute: 4_800)
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
            let wide = ScrapeRun(
                roms: roms, platform: "snes", state: folder.file("state"), output: folder.file("out"), target: target,
                latency: latency, limits: fourThreads)
            let wideCold = try BenchmarkMeasurement.timeWithPeak(runs: runs, prepare: wide.clearCaches) {
                try checked(try wide.run(), count: count, warm: false)
            }
            for (label, other) in [("warm", warm), ("4-thread cold", wideCold)]
            where other.result.count(.hash) != cold.result.count(.hash) {
                throw BenchError(
                    "\(label) run identified \(other.result.count(.hash)) ROMs, cold \(cold.result.count(.hash))")
            }
            guard wideCold.result.games.map(\.entry) == cold.result.games.map(\.entry) else {
                throw BenchError("the 4-thread run wrote other entries than the 1-thread run")
            }
            let jobs = "\(ScrapeJob.defaultJobs) games at once"
            return [
                row(
                    "cold: \(count) ROMs, empty response and hash caches, 1-thread account, \(jobs)", cold, count: count
                ),
                row("warm: same ROMs, caches filled", warm, count: count),
                row("cold: same ROMs, 4-thread account, max_concurrent 4, \(jobs)", wideCold, count: count),
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
