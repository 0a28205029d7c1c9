import ArgumentParser
import Foundation
import RetroMetadataExport

/// `--templates DIR`: frontend folders that add to or override the built-in ones.
struct FrontendOptions: ParsableArguments {
    @Option(
        name: .customLong("templates"),
        help: "A folder of <frontend>/frontend.json manifests (repeatable; overrides built-ins).")
    var templates: [String] = []

    /// The catalog: built-in templates (installed share folder or source tree), then each `--templates` folder.
    func catalog() throws -> FrontendCatalog {
        let folders = FrontendSearchPath.folders(
            extra: templates, executable: CommandLine.arguments[0],
            currentDirectory: FileManager.default.currentDirectoryPath)
        do { return try FrontendCatalog.load(folders: folders) } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        }
    }
}
