/// Why a LaunchBox sync could not start: names the folder or file at fault. Nothing is written when one is thrown.
public struct LaunchBoxSyncError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, in a word: `folder`, `roms`, `file`.
    public let code: String
    /// The file or folder at fault.
    public let path: String
    /// The message shown to the user.
    public let message: String

    /// `path`, given as the LaunchBox folder, is not a folder.
    public static func notLaunchBoxFolder(_ path: String) -> LaunchBoxSyncError {
        LaunchBoxSyncError(code: "folder", path: path, message: "\(path): not a folder (the LaunchBox folder)")
    }

    /// `path`, given as the ROM folder, does not exist.
    public static func noRomFolder(_ path: String) -> LaunchBoxSyncError {
        LaunchBoxSyncError(code: "roms", path: path, message: "\(path): no such ROM folder")
    }

    /// The LaunchBox file at `path` cannot be read; `reason` already names the file and, when known, the line.
    public static func unreadable(_ path: String, reason: String) -> LaunchBoxSyncError {
        LaunchBoxSyncError(code: "file", path: path, message: "cannot read \(path): \(reason)")
    }

    /// The message.
    public var description: String { message }
}
