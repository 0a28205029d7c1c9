import ArgumentParser

/// The `retro-metadata` command: subcommands for every job, one line each.
struct RetroMetadataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retro-metadata",
        abstract: "Scrape, convert and sync metadata and media for retro game collections.",
        version: "0.1.0",
        subcommands: [
            HashCommand.self,
            PlatformsCommand.self,
            ProvidersCommand.self,
            InspectCommand.self,
            MatchCommand.self,
            RepairCommand.self,
            ConvertCommand.self,
            FrontendsCommand.self,
            CacheCommand.self,
            ArtworkCommand.self,
            SearchCommand.self,
            IdentifyCommand.self,
            ConfigCommand.self,
            DatCommand.self,
            LaunchBoxCommand.self,
        ]
    )
}
