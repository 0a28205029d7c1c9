import Foundation

/// A fresh folder under the system's temporary directory for a test, removed when the value goes away.
public final class TemporaryFolder {
    /// The folder's absolute path.
    public let path: String

    /// Creates the folder; `label` appears in its name so leftovers can be told apart.
    public init(label: String = "tests") throws {
        path = NSTemporaryDirectory() + "retro-metadata-\(label)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // A test may have made the folder unreadable; make it removable again first.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `bytes` at `name` (folders created as needed) and returns the absolute path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes UTF-8 text at `name`.
    @discardableResult
    public func write(_ name: String, text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    /// Creates a folder at `name`.
    @discardableResult
    public func folder(_ name: String) throws -> String {
        let folder = path + "/" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
