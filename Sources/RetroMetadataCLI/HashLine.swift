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

    /// The JSON object as one line of text, without the newline.
    // Built by hand because JSONEncoder on Linux does not keep key order, and this output is documented.
    var json: String {
        var text = "{\"path\": \(HashLine.quoted(path)), \"size\": \(hashes.size), "
        text += HashLine.digestFields(hashes)
        text += ", \"member\": " + (member.map(HashLine.quoted) ?? "null")
        text += ", \"headerless\": " + (headerless.map { "{" + HashLine.digestFields($0) + "}" } ?? "null")
        return text + "}"
    }

    private static func digestFields(_ hashes: FileHashes) -> String {
        let md5 = hashes.md5.isEmpty ? "null" : quoted(hashes.md5)
        let sha1 = hashes.sha1.isEmpty ? "null" : quoted(hashes.sha1)
        return "\"crc32\": \(quoted(hashes.crc32)), \"md5\": \(md5), \"sha1\": \(sha1)"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
