import ArgumentParser

/// `retro-metadata launchbox`: work with LaunchBox's Games Database dump.
struct LaunchBoxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "launchbox",
        abstract: "Import LaunchBox's Games Database dump (Metadata.zip or Metadata.xml) for offline lookups.",
        subcommands: [LaunchBoxImportCommand.self]
    )
}
