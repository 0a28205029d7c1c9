/// Digests of one file's bytes, as lower-case hexadecimal text.
public struct FileHashes: Codable, Hashable, Sendable {
    /// Size in bytes.
    public var size: Int64
    /// CRC-32 as eight lower-case hex digits.
    public var crc32: String
    /// MD5 as 32 lower-case hex digits.
    public var md5: String
    /// SHA-1 as 40 lower-case hex digits.
    public var sha1: String

    /// Creates hashes, lower-casing the digests.
    public init(size: Int64, crc32: String, md5: String, sha1: String) {
        self.size = size
        self.crc32 = crc32.lowercased()
        self.md5 = md5.lowercased()
        self.sha1 = sha1.lowercased()
    }
}
