/// A file that could not be written or replaced, with the path and the system's reason.
public struct AtomicFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file being written.
    public let path: String
    /// What failed, in words.
    public let reason: String

    /// Creates an error for `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}
