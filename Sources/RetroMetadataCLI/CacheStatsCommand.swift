import ArgumentParser
import Foundation
import RetroMetadataStore

/// `retro-metadata cache stats`: what the cache holds.
struct CacheStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show the cache backend, its entries, their size in bytes and how many have expired."
    )

    @OptionGroup var cache: CacheOptions

    @Flag(help: "Print one JSON object: {backend, location, entries, bytes, expired}.")
    var json = false

    func run() async throws {
        let statistics = try await cache.withCache { backend in try await backend.statistics() }
        if json {
            try JSONLines().emit(statistics)
        } else {
            print(CacheStatsCommand.table(statistics), terminator: "")
        }
    }

    /// The statistics as aligned `name  value` lines.
    static func table(_ statistics: CacheStatistics) -> String {
        let rows = [
            ("backend", statistics.backend), ("location", statistics.location ?? "-"),
            ("entries", "\(statistics.entries)"), ("bytes", "\(statistics.bytes)"),
            ("expired", "\(statistics.expired)"),
        ]
        return rows.map { $0.0.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.1 + "\n" }.joined()
    }
}
