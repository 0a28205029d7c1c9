import ArgumentParser

/// `retro-metadata cache`: look at and maintain the response cache.
struct CacheCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show, prune or clear the provider response cache.",
        subcommands: [CacheStatsCommand.self, CachePruneCommand.self, CacheClearCommand.self]
    )
}
