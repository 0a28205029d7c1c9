import RetroMetadataCore

extension FrontendManifest {
    /// Placeholders a path pattern may use.
    public static let placeholders: Set<String> = [
        "system", "platform", "playlist", "rom_stem", "rom_path_stem", "rom_file", "title_safe", "label_safe", "ext",
    ]

    /// Checks the manifest's values; the error names the offending key, found in `text` for line and column.
    func validate(file: String, text: String) throws(ExportError) {
        func fail(_ message: String, key: String) throws(ExportError) {
            throw .manifest(message, file: file, text: text, offset: TextPosition.offset(ofKey: key, in: text))
        }
        if name.isEmpty || name.contains(where: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            try fail("name must be letters, digits, - or _", key: "name")
        }
        switch format {
        case .gamelist where flavour.map({ ["es", "esde", "batocera", "recalbox"].contains($0) }) != true:
            try fail("a gamelist frontend needs flavour es, esde, batocera or recalbox", key: "format")
        case .template where template?.isEmpty ?? true:
            try fail("a template frontend needs a template file", key: "format")
        default: break
        }
        if let style = mediaPathStyle, !["metadata", "root-windows"].contains(style) {
            try fail("mediaPathStyle must be metadata or root-windows", key: "mediaPathStyle")
        }
        if let style = multiDisc, MultiDiscStyle(rawValue: style) == nil {
            try fail("multiDisc must be m3u or additional-applications", key: "multiDisc")
        }
        if multiDiscStyle == .additionalApplications, format != .launchbox {
            try fail("multiDisc additional-applications needs format launchbox", key: "multiDisc")
        }
        if hideDiscs == true, format != .gamelist || multiDiscStyle != .m3u {
            try fail("hideDiscs needs format gamelist and multiDisc m3u", key: "hideDiscs")
        }
        if let problem = Self.patternProblem(metadataFile) { try fail("metadataFile: \(problem)", key: "metadataFile") }
        for extra in extraFiles ?? [] {
            if let problem = Self.patternProblem(extra.path) { try fail("extraFiles: \(problem)", key: "extraFiles") }
        }
        for (kind, pattern) in media.sorted(by: { $0.key < $1.key }) {
            guard MediaKind(rawValue: kind) != nil else {
                try fail(
                    "unknown media kind \(kind) (known: \(MediaKind.allCases.map(\.rawValue).joined(separator: ", ")))",
                    key: kind)
                return
            }
            if let problem = Self.patternProblem(pattern) { try fail("media \(kind): \(problem)", key: kind) }
        }
    }

    /// Why `pattern` is not a usable relative path pattern, or nil when it is.
    static func patternProblem(_ pattern: String) -> String? {
        if pattern.isEmpty || pattern.hasPrefix("/") || pattern.hasPrefix("~") { return "must be a relative path" }
        if pattern.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) {
            return "must not contain . or .."
        }
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { return "unclosed {" }
            let name = String(rest[rest.index(after: open)..<close])
            if !placeholders.contains(name) {
                return "unknown placeholder {\(name)} (known: \(placeholders.sorted().joined(separator: ", ")))"
            }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }
}
