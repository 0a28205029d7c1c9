/// What the `<?xml ...?>` declaration at the start of a document said.
public struct XMLDeclaration: Hashable, Sendable {
    /// The `version` pseudo-attribute (`1.0`).
    public var version: String
    /// The `encoding` pseudo-attribute as written, if present.
    public var encoding: String?
    /// The `standalone` pseudo-attribute, if present.
    public var standalone: String?

    /// Creates a declaration.
    public init(version: String = "1.0", encoding: String? = nil, standalone: String? = nil) {
        self.version = version
        self.encoding = encoding
        self.standalone = standalone
    }

    /// Reads the pseudo-attributes of a declaration's text (`version="1.0" encoding="utf-8"`).
    init(parsing text: String) {
        var values: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                .last.map(String.init) ?? ""
            var after = rest[rest.index(after: equals)...].drop { $0 == " " || $0 == "\t" }
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let close = after.firstIndex(of: quote) else { break }
            values[key] = String(after[..<close])
            rest = after[after.index(after: close)...]
        }
        self.init(version: values["version"] ?? "1.0", encoding: values["encoding"], standalone: values["standalone"])
    }

    /// Whether the declared encoding is UTF-8 (or ASCII, its subset), or none is declared.
    var isUTF8: Bool {
        guard let encoding = encoding?.lowercased() else { return true }
        return ["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding)
    }

    /// The declaration as written by this library: always UTF-8, keeping `standalone` when it was there.
    var serialized: String {
        var text = "<?xml version=\"\(version == "1.1" ? "1.0" : version)\""
        if encoding != nil { text += " encoding=\"\(isUTF8 ? encoding! : "UTF-8")\"" }
        if let standalone, standalone == "yes" || standalone == "no" { text += " standalone=\"\(standalone)\"" }
        return text + "?>"
    }
}
