import Foundation

/// A temporary folder for generated inputs, removed when the suite is done.
struct ScratchFolder {
    /// The folder's path.
    let path: String

    /// Runs `body` with a new empty folder and removes it afterwards, whatever happens.
    static func with<Result>(_ label: String, _ body: (ScratchFolder) throws -> Result) throws -> Result {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("retro-metadata-bench-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(ScratchFolder(path: path))
    }

    /// The path of `name` inside the folder.
    func file(_ name: String) -> String { path + "/" + name }
}
