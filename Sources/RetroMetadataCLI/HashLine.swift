import RetroMetadataCore

/// One line of `hash --json`: a file or archive member with its digests, keys in the documented order
/// (`path`, `size`, `crc32`, `md5`, `sha1`, `member`, `headerless`).
struct HashLine {
    let path: String
    let member: String?
    let hashes: FileHashes
    let headerless: FileHashes?

    /// The line for `record` of the file at `filePath`; members get `archive.zip#member` paths.
    init(filePath: String, record: HashRecord) {
        path = record.member.map { filePath + "#" + $0 } ?? filePath
        member = record.member
        hashes = record.hashes
        headerless = record.headerless
    }

    /// The JSON object as one line of text, without the newline, keys in the documented order.
    // Only strings, integers and nulls are encoded here, which cannot fail, hence the `try!`.
    func json() -> String {
        try! jsonObject().text
    }

    private func jsonObject() throws -> OrderedJSONObject {
        var object = OrderedJSONObject()
        try object.add("path", path)
        try object.add("size", hashes.size)
        try HashLine.addDigests(hashes, to: &object)
        try object.add("member", member)
        if let headerless {
            var nested = OrderedJSONObject()
            try HashLine.addDigests(headerless, to: &nested)
            try object.add("headerless", nested)
        } else {
            try object.add("headerless", String?.none)
        }
        return object
    }

    /// Adds the three digests; an empty digest (not computed, as with `--crc-only`) is `null`.
    private static func addDigests(_ hashes: FileHashes, to object: inout OrderedJSONObject) throws {
        try object.add("crc32", hashes.crc32)
        try object.add("md5", hashes.md5.isEmpty ? nil : hashes.md5)
        try object.add("sha1", hashes.sha1.isEmpty ? nil : hashes.sha1)
    }
}
