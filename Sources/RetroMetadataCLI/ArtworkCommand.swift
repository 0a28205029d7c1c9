import ArgumentParser

/// `retro-metadata artwork`: the artwork store by hand (fetch one URL, resize files); `cache stats|prune` maintain it.
struct ArtworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "artwork",
        abstract: "Fetch into and resize through the content-addressed artwork store.",
        subcommands: [
            ArtworkFetchCommand.self, ArtworkResizeCommand.self,
        ]
    )
}
