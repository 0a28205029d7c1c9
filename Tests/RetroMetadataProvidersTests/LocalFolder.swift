import Foundation
import RetroMetadataCore
import RetroMetadataScan

/// A fresh temporary folder for local-source tests, removed when the value goes away.
final class LocalFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "retro-metadata-local-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` at `name` (folders created as needed) and returns the absolute path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes UTF-8 text at `name`.
    @discardableResult
    func write(_ name: String, text: String) throws -> String { try write(name, Array(text.utf8)) }

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
