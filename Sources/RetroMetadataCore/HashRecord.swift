/// The hashes of one hashed item: a whole file, or one member of an archive.
public struct HashRecord: Codable, Hashable, Sendable {
    /// The member's name inside its archive; `nil` for the whole file.
    public var member: String?
    /// Digests of the item's bytes as stored.
    public var hashes: FileHashes
    /// Digests with a known copier or emulator header removed, when the item has one.
    public var headerless: FileHashes?

    /// Creates a record.
    public init(member: String? = nil, hashes: FileHashes, headerless: FileHashes? = nil) {
        self.member = member
        self.hashes = hashes
        self.headerless = headerless
    }
}
