import ArgumentParser

/// `retro-metadata artwork`: the artwork store by hand (fetch one URL, resize files, statistics, prune).
struct ArtworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "artwork",
        abstract: "Fetch, resize and maintain the content-addressed artwork store.",
        subcommands: [
            ArtworkFetchCommand.self, ArtworkResizeCommand.self, ArtworkStatsCommand.self, ArtworkPruneCommand.self,
        ]
    )
}
