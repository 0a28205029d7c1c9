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
        let change = try await cache.withCache { backend in
            let before = try await backend.statistics()
            try await backend.clear()
            return CacheChange(statistics: before, removed: before.entries, left: 0)
        }
        try change.print(json: json, text: "removed \(change.removed) \(change.noun)")
    }
}
