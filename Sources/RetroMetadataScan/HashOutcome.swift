import RetroMetadataCore

/// The result of hashing one found file.
public struct HashOutcome: Sendable {
    /// The file.
    public let file: RomFile
    /// One record for a plain file, one per member for an archive; or why it failed.
    public let result: Result<[HashRecord], ScanError>
    /// Whether the records came from the hash cache without reading the file.
    public let fromCache: Bool

    /// Creates an outcome.
    public init(file: RomFile, result: Result<[HashRecord], ScanError>, fromCache: Bool) {
        self.file = file
        self.result = result
        self.fromCache = fromCache
    }
}

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
