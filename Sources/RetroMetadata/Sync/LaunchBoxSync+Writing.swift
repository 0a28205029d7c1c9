import Foundation
import RetroMetadataCore
import RetroMetadataFiles
import RetroMetadataXML

extension LaunchBoxSync {
    /// Writes the platform file with `entries` and an `<AdditionalApplication>` per disc of the games whose
    /// ApplicationPath is a key of `discApplications` (those a game lists already stay as they are), and registers
    /// the platform in `Data/Platforms.xml`; each file is replaced atomically only when its bytes change (keeping a
    /// `.bak` the first time). Reports each file's action: `create`, `replace` or `unchanged` (what would happen, in
    /// a dry run).
    func write(_ entries: [LibraryEntry], discApplications: [String: [String]], input: LaunchBoxSyncInput) throws
        -> [LaunchBoxSyncSummary.File]
    {
        var platformFile = input.platformFile
        platformFile.library.entries = entries
        platformFile.addDiscApplications(discApplications)
        platformFile.library.platform = platformName
        var platformsFile = input.platformsFile
        platformsFile.addPlatform(platformName, folder: LaunchBoxApplicationPath.relative(roms, to: root))
        let outputs = [
            (platformFilePath, platformFile.serialized(), input.platformFileBytes),
            (platformsFilePath, platformsFile.serialized(), input.platformsFileBytes),
        ]
        var changes: [LaunchBoxSyncSummary.File] = []
        for (path, bytes, existing) in outputs {
            let action = existing == nil ? "create" : existing == bytes ? "unchanged" : "replace"
            changes.append(LaunchBoxSyncSummary.File(path: path, action: action))
            if !dryRun, action != "unchanged" {
                do { try AtomicFile.write(bytes, to: path, keepsBackup: true) } catch {
                    throw XMLError.io(error.reason, file: error.path)
                }
            }
        }
        return changes
    }
}
