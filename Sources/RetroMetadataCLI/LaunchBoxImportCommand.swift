import ArgumentParser
import Foundation
import RetroMetadataFiles
import RetroMetadataProviders
import RetroMetadataStore

/// `retro-metadata launchbox import`: build (or confirm up to date) the SQLite index the `launchbox` provider reads.
struct LaunchBoxImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Metadata.zip or Metadata.xml into the local index; skipped when the file is unchanged.",
        discussion: "The path defaults to RETRO_METADATA_LAUNCHBOX_METADATA_PATH."
    )

    /// The summary printed with `--json`.
    struct Summary: Encodable {
        var index: String
        var skipped: Bool
        var games: Int
        var alternateNames: Int
        var images: Int

        enum CodingKeys: String, CodingKey {
            case index, skipped, games, images
            case alternateNames = "alternate_names"
        }
    }

    @Option(help: "The index file (default: <state dir>/launchbox-metadata.sqlite).")
    var index: String?

    @Flag(help: "Print the summary as one JSON object.")
    var json = false

    @Argument(help: "Metadata.zip or Metadata.xml.")
    var path: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard let source = path ?? environment["RETRO_METADATA_LAUNCHBOX_METADATA_PATH"], !source.isEmpty else {
            throw ValidationError("no dump: pass a path or set RETRO_METADATA_LAUNCHBOX_METADATA_PATH")
        }
        let indexPath = index ?? StateDirectory.path(environment: environment) + "/launchbox-metadata.sqlite"
        let result: LaunchBoxIndex.ImportSummary
        do {
            result = try LaunchBoxIndex(path: indexPath).importIfChanged(metadataPath: source)
        } catch {
            HashCommand.warn("error: \(error)")
            throw ExitCode.badInput
        }
        let summary = Summary(
            index: indexPath, skipped: result.skipped, games: result.games, alternateNames: result.alternateNames,
            images: result.images)
        if json {
            try JSONLines().emit(summary)
        } else if result.skipped {
            print("\(source) unchanged; \(indexPath) is up to date")
        } else {
            print(
                "imported \(result.games) games, \(result.alternateNames) alternate names, \(result.images) images into \(indexPath)"
            )
        }
    }
}
