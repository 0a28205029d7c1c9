/// What the artwork store holds, for `cache stats`.
public struct ArtworkStatistics: Hashable, Sendable, Codable {
    /// The store's folder.
    public var root: String
    /// Indexed files present on disk.
    public var files: Int
    /// Their total size in bytes.
    public var bytes: Int64
    /// Source URLs known (several may share one file).
    public var urls: Int
    /// Resized or converted variants remembered.
    public var variants: Int
    /// Files on disk that nothing in the index refers to (removed by `pruneUnreferenced`).
    public var unreferencedFiles: Int
    /// Indexed files by format (`png`, `jpeg`, ...).
    public var filesByFormat: [String: Int]

    enum CodingKeys: String, CodingKey {
        case root, files, bytes, urls, variants
        case unreferencedFiles = "unreferenced_files"
        case filesByFormat = "files_by_format"
    }
}

/// What a prune removed.
public struct ArtworkPruneReport: Hashable, Sendable, Codable {
    /// Files deleted from disk.
    public var removedFiles: Int
    /// Bytes freed.
    public var freedBytes: Int64
    /// Index rows (URLs, variants, file records) dropped.
    public var removedRecords: Int

    enum CodingKeys: String, CodingKey {
        case removedFiles = "removed_files"
        case freedBytes = "freed_bytes"
        case removedRecords = "removed_records"
    }
}
