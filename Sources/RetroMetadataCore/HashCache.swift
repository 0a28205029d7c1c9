/// Remembers the hashes of files by path and stamp, so unchanged files are not read again.
public protocol HashCache: Sendable {
    /// The records stored for `path` in `layout`, when its stamp still matches; `nil` otherwise.
    func lookup(path: String, layout: HashLayout, stamp: FileStamp) -> [HashRecord]?
    /// Stores (replacing) the records of many files at once.
    func store(_ entries: [HashCacheEntry]) throws
    /// Every remembered path holding an item with these digests (sha1, else md5, else crc32 and size).
    func paths(for hashes: FileHashes) -> [String]
}

/// How a file's bytes were hashed: as one item, or as the members of an archive.
public enum HashLayout: Int, Codable, Hashable, Sendable {
    /// The whole file as one item.
    case wholeFile = 0
    /// Each member of an archive as its own item.
    case archiveMembers = 1
}

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
