import ArgumentParser

/// `retro-metadata config`: what the configuration says.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective configuration (config file plus RETRO_METADATA_* variables).",
        subcommands: [ConfigShowCommand.self],
        defaultSubcommand: ConfigShowCommand.self)
}
