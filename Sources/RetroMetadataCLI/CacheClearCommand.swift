import ArgumentParser
import RetroMetadata
import RetroMetadataStore

/// `retro-metadata cache clear`: removes every entry.
struct CacheClearCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear",
        abstract: "Remove every cached response (in Redis, only keys under this cache's prefix)."
    )

    @OptionGroup var cache: CacheOptions
    @OptionGroup var config: ConfigOptions

    @Flag(help: "Print one JSON object: {backend, location, removed}.")
    var json = false

    func run() async throws {
        let change = try await cache.withCache(environment: config.load().environment) { backend in
            let before = try await backend.statistics()
            try await backend.clear()
            return CacheChange(statistics: before, removed: before.entries, left: 0)
        }
        try change.print(json: json, text: "removed \(change.removed) \(change.noun)")
    }
}
