/// Builds query strings with strict percent-encoding (only unreserved characters stay as they are).
public enum URLQuery {
    /// `url` with `items` appended after `?` or `&`.
    public static func append(_ items: [(String, String)], to url: String) -> String {
        guard !items.isEmpty else { return url }
        let query = items.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        return url + (url.contains("?") ? "&" : "?") + query
    }

    /// Percent-encodes everything but `A-Z a-z 0-9 - . _ ~` (so `&`, `=`, `+`, `[`, `]` are safe in values).
    public static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
