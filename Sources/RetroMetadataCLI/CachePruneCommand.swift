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
        let (removed, statistics) = try await cache.withCache { backend in
            let removed = try await (backend as? any CachePruning)?.prune() ?? 0
            return (removed, try await backend.statistics())
        }
        if json {
            try JSONLines().emit(CacheChange(backend: statistics.backend, location: statistics.location, removed: removed))
        } else {
            print("removed \(removed) expired \(removed == 1 ? "entry" : "entries"); \(statistics.entries) left")
        }
    }
}
