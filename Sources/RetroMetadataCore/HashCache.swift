/// Remembers the hashes of files by path and stamp, so unchanged files are not read again.
public protocol HashCache: Sendable {
    /// The records stored for `path` in `layout`, when its stamp still matches; `nil` otherwise.
    func lookup(path: String, layout: HashLayout, stamp: FileStamp) -> [HashRecord]?
    /// Stores (replacing) the records of many files at once.
    func store(_ entries: [HashCacheEntry]) throws
    /// Every remembered path holding an item with these digests (sha1, else md5, else crc32 and size).
    func paths(for hashes: FileHashes) -> [String]
}
