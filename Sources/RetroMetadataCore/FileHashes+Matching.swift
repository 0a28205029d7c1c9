extension FileHashes {
    /// Whether two digests describe the same bytes, comparing the strongest digest both have.
    public func sameContent(as other: FileHashes) -> Bool {
        if !sha1.isEmpty, !other.sha1.isEmpty { return sha1 == other.sha1 }
        if !md5.isEmpty, !other.md5.isEmpty { return md5 == other.md5 }
        return !crc32.isEmpty && crc32 == other.crc32 && size == other.size
    }
}
