import Foundation
import RetroMetadataExport

/// The built-in frontend manifests (top-level `templates/`), found the way the `retro-metadata` command finds them.
enum BenchFrontends {
    /// The catalog of built-in frontends; throws when no templates folder is found near the binary or the
    /// current directory.
    static func catalog() throws -> FrontendCatalog {
        guard
            let folder = FrontendSearchPath.builtIn(
                executable: CommandLine.arguments[0], currentDirectory: FileManager.default.currentDirectoryPath)
        else {
            throw BenchError("no templates folder found: run from the package folder or next to an installed share/")
        }
        return try FrontendCatalog.load(folders: [folder])
    }
}
