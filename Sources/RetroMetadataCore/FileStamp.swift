/// What tells a file changed without reading it: its size and modification time.
public struct FileStamp: Codable, Hashable, Sendable {
    /// Size in bytes.
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64

    /// Creates a stamp.
    public init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }
}
