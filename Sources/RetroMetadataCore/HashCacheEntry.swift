/// One file's remembered hashes.
public struct HashCacheEntry: Codable, Hashable, Sendable {
    /// Absolute path of the file.
    public var path: String
    /// How the records were made.
    public var layout: HashLayout
    /// The file's size and modification time when it was hashed.
    public var stamp: FileStamp
    /// The hashed items (one for a whole file; one per member for an archive, possibly none).
    public var records: [HashRecord]

    /// Creates an entry.
    public init(path: String, layout: HashLayout, stamp: FileStamp, records: [HashRecord]) {
        self.path = path
        self.layout = layout
        self.stamp = stamp
        self.records = records
    }
}
