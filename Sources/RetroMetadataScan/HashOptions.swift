/// What to compute when hashing files.
public struct HashOptions: Hashable, Sendable {
    /// Hash each member of `.zip` and `.7z` files rather than the archive's own bytes.
    public var expandArchives: Bool
    /// Compute only CRC-32 (zip members then come straight from the central directory, nothing decompressed).
    public var crcOnly: Bool
    /// Consult and fill the hash cache.
    public var useCache: Bool

    /// Creates options; by default archives are expanded, all digests computed and the cache used.
    public init(expandArchives: Bool = true, crcOnly: Bool = false, useCache: Bool = true) {
        self.expandArchives = expandArchives
        self.crcOnly = crcOnly
        self.useCache = useCache
    }
}
