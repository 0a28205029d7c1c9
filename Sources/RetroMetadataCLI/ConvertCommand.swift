import ArgumentParser
import Foundation
import RetroMetadataCore
import RetroMetadataXML

/// `retro-metadata convert`: metadata from a gamelist.xml or LaunchBox platform XML to another frontend's file.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert metadata between gamelist.xml flavours and LaunchBox (media is not copied yet).",
        discussion: """
            SOURCE is a gamelist.xml, a folder holding one, or a LaunchBox platform XML. Outputs:
            es/batocera → DIR/<system>/gamelist.xml, esde → DIR/gamelists/<system>/gamelist.xml,
            launchbox → DIR/Data/Platforms/<Platform>.xml and DIR/Data/Platforms.xml. An existing
            output file is updated in place (entries matched by path, nothing erased) and kept as .bak once.
            """)

    /// A target frontend.
    enum Target: String, ExpressibleByArgument, CaseIterable {
        case es, esde, batocera, launchbox
    }

    @Argument(help: "A gamelist.xml, a folder holding one, or a LaunchBox platform XML.")
    var source: String

    @Option(help: "Target frontend: es, esde, batocera or launchbox.")
    var to: Target

    @Option(name: .shortAndLong, help: "Output root folder.")
    var output: String

    @Option(help: "Platform or system name (default: the source folder name or LaunchBox's <Platform>).")
    var platform: String?

    @Flag(help: "Print one JSON object summarising the conversion.")
    var json = false

    func run() throws {
        do {
            let loaded = try ConvertSource.load(source)
            let platformName = platform ?? loaded.platform
            guard let platformName, !platformName.isEmpty else {
                throw ValidationError("cannot tell the platform of \(source); pass --platform")
            }
            let outputs = try write(loaded, platform: platformName)
            let summary = ConvertSummary(
                source: loaded.path, from: loaded.format, to: to.rawValue, platform: platformName,
                entries: loaded.library.entries.count, outputs: outputs, repairs: loaded.repairs.count)
            if json {
                try JSONLines().emit(summary)
            } else {
                for repair in loaded.repairs { print(repair.description) }
                print("converted \(summary.entries) entries from \(loaded.format) to \(to.rawValue): "
                    + outputs.joined(separator: ", "))
            }
        } catch let error as XMLError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        }
    }

    private func write(_ loaded: ConvertSource, platform: String) throws -> [String] {
        let root = URL(fileURLWithPath: output)
        switch to {
        case .es, .batocera, .esde:
            let flavour = GamelistFlavour.named(to.rawValue)!
            let system = ConvertPlatformNames.system(for: platform, flavour: to)
            let folder = to == .esde ? root.appendingPathComponent("gamelists/\(system)") : root.appendingPathComponent(system)
            let path = folder.appendingPathComponent("gamelist.xml").path
            var file: GamelistFile
            if FileManager.default.fileExists(atPath: path) {
                file = try GamelistFile.read(path: path, flavour: flavour)
                file.library.entries = ConvertMerge.merge(loaded.entries(forGamelist: true), into: file.library.entries)
            } else if var gamelist = loaded.gamelist {
                // ES to ES: the source document itself, so every element, known or unknown, survives.
                gamelist.flavour = flavour
                file = gamelist
            } else {
                file = GamelistFile(flavour: flavour, library: Library(entries: loaded.entries(forGamelist: true)))
            }
            file.flavour = flavour
            try file.write(to: path)
            return [path]
        case .launchbox:
            let name = ConvertPlatformNames.launchBox(for: platform)
            let data = root.appendingPathComponent("Data")
            let path = data.appendingPathComponent("Platforms/\(name.replacingOccurrences(of: "/", with: "_")).xml").path
            var file: LaunchBoxPlatformFile
            if FileManager.default.fileExists(atPath: path) {
                file = try LaunchBoxPlatformFile.read(path: path)
                file.library.entries = ConvertMerge.merge(
                    loaded.entries(forGamelist: false), into: file.library.entries, matchingKind: false)
            } else if loaded.format == "launchbox", let source = loaded.launchBox {
                file = source
            } else {
                file = LaunchBoxPlatformFile(platform: name, library: Library(entries: loaded.entries(forGamelist: false)))
            }
            try file.write(to: path)
            let platformsPath = data.appendingPathComponent("Platforms.xml").path
            var platforms = FileManager.default.fileExists(atPath: platformsPath)
                ? try LaunchBoxPlatformsFile.read(path: platformsPath) : LaunchBoxPlatformsFile()
            let before = platforms.serialized()
            platforms.addPlatform(name)
            if platforms.serialized() != before || !FileManager.default.fileExists(atPath: platformsPath) {
                try platforms.write(to: platformsPath)
            }
            return [path, platformsPath]
        }
    }
}

/// The JSON `convert --json` prints.
struct ConvertSummary: Encodable {
    let source: String
    let from: String
    let to: String
    let platform: String
    let entries: Int
    let outputs: [String]
    let repairs: Int
}
