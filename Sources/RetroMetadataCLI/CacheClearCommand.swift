import ArgumentParser
import RetroMetadataStore

/// `retro-metadata cache clear`: removes every entry.
struct CacheClearCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear",
        abstract: "Remove every cached response (in Redis, only keys under this cache's prefix)."
    )

    @OptionGroup var cache: CacheOptions

    @Flag(help: "Print one JSON object: {backend, location, removed}.")
    var json = false

    func run() async throws {
        let (removed, statistics) = try await cache.withCache { backend in
            let before = try await backend.statistics()
            try await backend.clear()
            return (before.entries, before)
        }
        if json {
            try JSONLines().emit(CacheChange(backend: statistics.backend, location: statistics.location, removed: removed))
        } else {
            print("removed \(removed) \(removed == 1 ? "entry" : "entries")")
        }
    }
}
