import Foundation
import RetroMetadataCore
import RetroMetadataScan
import RetroMetadataTesting

/// Local-source tests write their files in a `TemporaryFolder` (RetroMetadataTesting).
typealias LocalFolder = TemporaryFolder

extension TemporaryFolder {
    /// The hashes of the file at `path`, computed by the scan module.
    static func hashes(of path: String) throws -> FileHashes {
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
        let file = RomFile(path: path, stamp: FileStamp(size: size, modified: 0))
        return try RomScanner(concurrency: 1).records(of: file)[0].hashes
    }
}

/// The optional shared reference files (`../shared/reference/files/<folder>`), empty when absent.
func referenceFiles(_ folder: String) -> [String] {
    let root = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/reference/files/\(folder)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.sorted().map { root.appendingPathComponent($0).path }
}
