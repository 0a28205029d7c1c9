import ArgumentParser
import RetroMetadata
import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataXML

/// `retro-metadata convert`: one frontend's metadata and media to another frontend's files and layout.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert metadata and media from one frontend's files to another's.",
        discussion: """
            SOURCE is a gamelist.xml (or a folder holding one), a LaunchBox platform XML, a metadata.pegasus.txt
            (or its folder), an AttractMode romlist .txt or a RetroArch .lpl. The metadata file and media go where
            the target frontend's manifest says (see `retro-metadata frontends`). An existing gamelist or LaunchBox
            output is updated in place (entries matched by path, nothing erased) and kept as .bak once.
            """)

    @Argument(help: "The source metadata file or folder.")
    var source: String

    @Option(help: "Target frontend (see `retro-metadata frontends`).")
    var to: String

    @Option(help: "Source frontend, when the file name does not tell.")
    var from: String?

    @Option(name: .shortAndLong, help: "Output root folder.")
    var output: String

    @Option(help: "Platform or system name (default: the source folder or file name, or LaunchBox's <Platform>).")
    var platform: String?

    @Flag(help: "How media reach the output: hard link (default, a copy across file systems), copy or symbolic link.")
    var placement: PlacementFlag = .link

    @Flag(help: "Show what would be written and change nothing.")
    var dryRun = false

    @Flag(help: "Print one JSON object summarising the conversion.")
    var json = false

    @OptionGroup var frontendOptions: FrontendOptions

    func run() throws {
        let catalog = try frontendOptions.catalog()
        do {
            let target = try catalog.frontend(named: to)
            let loaded = try ConvertSource.load(source, from: from)
            let platformName = platform ?? loaded.platform
            guard let platformName, !platformName.isEmpty else {
                throw ValidationError("cannot tell the platform of \(source); pass --platform")
            }
            let sourceFrontend = try? catalog.frontend(named: from ?? loaded.format)
            var conversion = ConvertPlan(
                loaded: loaded, platform: platformName, target: target, sourceFrontend: sourceFrontend, output: output)
            let summary = try conversion.run(placement: placement.mode, dryRun: dryRun)
            if json {
                try JSONLines().emit(summary)
            } else {
                for repair in loaded.repairs { print(repair.description) }
                summary.printText()
            }
        } catch let error as XMLError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        } catch let error as ArtworkError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        } catch let error as ExportError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        }
    }
}

/// `--link`, `--copy` or `--symlink`.
enum PlacementFlag: String, EnumerableFlag {
    case link, copy, symlink

    /// The placement mode.
    var mode: PlacementMode { PlacementMode(rawValue: rawValue)! }
}
