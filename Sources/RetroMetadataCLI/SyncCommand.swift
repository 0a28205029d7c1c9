import ArgumentParser

/// `retro-metadata sync`: bring a frontend's library up to date with a ROM folder.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Bring a frontend's library up to date with a ROM folder, keeping every user edit.",
        subcommands: [SyncLaunchBoxCommand.self]
    )
}
