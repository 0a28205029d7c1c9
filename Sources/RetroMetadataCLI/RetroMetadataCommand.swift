import ArgumentParser

/// The `retro-metadata` command: subcommands for every job, one line each.
struct RetroMetadataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retro-metadata",
        abstract: "Identify games, convert frontend files and manage metadata and media for retro game collections.",
        version: "0.1.0",
        subcommands: [
            IdentifyCommand.self,
            ScrapeCommand.self,
            SyncCommand.self,
            SearchCommand.self,
            HashCommand.self,
            InspectCommand.self,
            MatchCommand.self,
            ConvertCommand.self,
            RepairCommand.self,
            FrontendsCommand.self,
            PlatformsCommand.self,
            ProvidersCommand.self,
            ConfigCommand.self,
            CacheCommand.self,
            ArtworkCommand.self,
            DatCommand.self,
            LaunchBoxCommand.self,
        ]
    )
}
