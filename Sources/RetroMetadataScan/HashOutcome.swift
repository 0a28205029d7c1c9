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
