import ArgumentParser
import RetroMetadata
import Foundation
import RetroMetadataArtwork
import RetroMetadataStore

/// `retro-metadata cache stats`: what the cache holds.
struct CacheStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show the cache backend, its entries, their size in bytes and how many have expired, and the artwork store."
    )

    @OptionGroup var cache: CacheOptions
    @OptionGroup var config: ConfigOptions

    @Flag(help: "Print one JSON object: {backend, location, entries, bytes, expired, artwork}.")
    var json = false

    func run() async throws {
        let statistics = try await cache.withCache(environment: config.load().environment) { backend in try await backend.statistics() }
        let artwork = try CacheArtworkStore.existing(in: cache.stateDirectory())?.statistics()
        if json {
            try JSONLines().emit(CacheStatsReport(cache: statistics, artwork: artwork))
        } else {
            print(CacheStatsCommand.table(statistics), terminator: "")
            if let artwork { print(CacheStatsCommand.table(artwork), terminator: "") }
        }
    }

    /// The artwork store's statistics as aligned `name  value` lines.
    static func table(_ artwork: ArtworkStatistics) -> String {
        let rows =
            [
                ("artwork", artwork.root), ("files", "\(artwork.files)"), ("bytes", "\(artwork.bytes)"),
                ("urls", "\(artwork.urls)"), ("variants", "\(artwork.variants)"),
                ("unreferenced", "\(artwork.unreferencedFiles)"),
            ] + artwork.filesByFormat.keys.sorted().map { ("\($0)", "\(artwork.filesByFormat[$0]!) files") }
        return rows.map { $0.0.padding(toLength: 14, withPad: " ", startingAt: 0) + $0.1 + "\n" }.joined()
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
