/// Totals of one hashing run.
public struct HashSummary: Sendable {
    /// Files read and hashed.
    public var hashed = 0
    /// Files answered by the hash cache.
    public var cached = 0
    /// Files that failed.
    public var failed = 0
    /// Bytes read from disk.
    public var bytesRead: Int64 = 0
    /// Why the cache could not be updated, when it could not; the hashes are still right.
    public var cacheError: String?
}
