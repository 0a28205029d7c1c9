/// A failure while scanning or hashing one file; it never stops the rest of the scan.
public struct ScanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The broad class of failure.
    public enum Code: String, Hashable, Sendable {
        case notFound = "not_found"
        case unreadable
        case corruptArchive = "corrupt_archive"
        case encryptedArchive = "encrypted_archive"
        case invalidPlaylist = "invalid_playlist"
        case writeFailed = "write_failed"
    }

    /// The broad class of failure.
    public let code: Code
    /// The file involved.
    public let path: String
    /// What went wrong, in words for the user.
    public let message: String

    private init(_ code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// The path does not exist (or is a broken symbolic link).
    public static func notFound(_ path: String) -> ScanError {
        ScanError(.notFound, path: path, message: "no such file or directory")
    }

    /// The file or folder cannot be read; `reason` is the system's explanation.
    public static func unreadable(_ path: String, reason: String) -> ScanError {
        ScanError(.unreadable, path: path, message: "cannot read: \(reason)")
    }

    /// The archive cannot be decoded.
    public static func corruptArchive(_ path: String, reason: String) -> ScanError {
        ScanError(.corruptArchive, path: path, message: "corrupt or unsupported archive: \(reason)")
    }

    /// The archive (or one of its members) is encrypted, so its contents cannot be hashed.
    public static func encryptedArchive(_ path: String, member: String?) -> ScanError {
        let what = member.map { "member '\($0)' is encrypted" } ?? "archive is encrypted"
        return ScanError(.encryptedArchive, path: path, message: "\(what); cannot hash it")
    }

    /// A playlist, cue sheet or GDI file that cannot be understood.
    public static func invalidPlaylist(_ path: String, line: Int, reason: String) -> ScanError {
        ScanError(.invalidPlaylist, path: path, message: "line \(line): \(reason)")
    }

    /// A file could not be written.
    public static func writeFailed(_ path: String, reason: String) -> ScanError {
        ScanError(.writeFailed, path: path, message: "cannot write: \(reason)")
    }

    /// `path: message`, the form printed for the user.
    public var description: String { "\(path): \(message)" }
}
