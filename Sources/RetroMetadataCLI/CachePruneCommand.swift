import ArgumentParser
import RetroMetadataStore

/// `retro-metadata cache prune`: removes expired entries.
struct CachePruneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Remove expired entries (Redis drops them itself, so there is nothing to do there)."
    )

    @OptionGroup var cache: CacheOptions

    @Flag(help: "Print one JSON object: {backend, location, removed}.")
    var json = false

    func run() async throws {
        let change = try await cache.withCache { backend in
            let removed = try await (backend as? any CachePruning)?.prune() ?? 0
            let after = try await backend.statistics()
            return CacheChange(statistics: after, removed: removed, left: after.entries)
        }
        try change.print(json: json, text: "removed \(change.removed) expired \(change.noun); \(change.left) left")
    }
}
