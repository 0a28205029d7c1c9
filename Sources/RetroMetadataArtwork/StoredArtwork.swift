/// One file in the artwork store: its content hash, format and where it lies.
public struct StoredArtwork: Hashable, Sendable, Codable {
    /// Lower-case hexadecimal SHA-1 of the bytes: the file's name and identity.
    public var sha1: String
    /// The recognised format.
    public var format: ArtworkFormat
    /// Size in bytes.
    public var byteCount: Int
    /// Absolute path of the file inside the store.
    public var path: String

    /// Creates a record.
    public init(sha1: String, format: ArtworkFormat, byteCount: Int, path: String) {
        self.sha1 = sha1
        self.format = format
        self.byteCount = byteCount
        self.path = path
    }
}
