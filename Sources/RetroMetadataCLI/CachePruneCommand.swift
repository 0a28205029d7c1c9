import ArgumentParser
import RetroMetadata
import RetroMetadataArtwork
import RetroMetadataStore

/// `retro-metadata cache prune`: removes expired entries, and artwork files nothing refers to.
struct CachePruneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Remove expired entries (Redis drops them itself) and unreferenced artwork files."
    )

    @OptionGroup var cache: CacheOptions
    @OptionGroup var config: ConfigOptions

    @Flag(help: "Print one JSON object: {backend, location, removed, artwork}.")
    var json = false

    func run() async throws {
        let change = try await cache.withCache(environment: config.load().environment) { backend in
            let removed = try await (backend as? any CachePruning)?.prune() ?? 0
            let after = try await backend.statistics()
            return CacheChange(statistics: after, removed: removed, left: after.entries)
        }
        let artwork = try CacheArtworkStore.existing(in: cache.stateDirectory())?.pruneUnreferenced()
        if json { return try JSONLines().emit(CachePruneReport(change: change, artwork: artwork)) }
        print("removed \(change.removed) expired \(change.noun); \(change.left) left")
        if let artwork {
            print("removed \(artwork.removedFiles) artwork files (\(artwork.freedBytes) bytes), \(artwork.removedRecords) records")
        }
    }
}
