import ArgumentParser

/// `retro-metadata dat`: work with No-Intro, Redump and libretro DAT files.
struct DatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dat",
        abstract: "Identify ROM files against No-Intro, Redump and libretro DAT files.",
        subcommands: [DatIdentifyCommand.self]
    )
}
