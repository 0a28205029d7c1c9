import Foundation

/// Checks that a template only names variables and transforms of the export vocabulary (Mustache renders
/// unknown names as empty text, which would silently drop data).
enum TemplateLint {
    /// Names a template may use, at any depth.
    static let variables: Set<String> = [
        "platform", "system", "playlist", "playlist_file", "games", "last", "name", "sortname", "desc", "developer",
        "publisher", "genre",
        "players", "rating", "date", "path", "abs_path", "rom_file", "rom_relative", "rom_stem", "favorite", "hidden",
        "kidgame",
        "completed", "broken", "playcount", "playtime", "lastplayed", "region", "language", "crc32", "emulator",
        "core_path", "core_name", "db_name", "media", "fields", "key", "value", ".",
    ]

    /// Transforms the export values implement.
    static let transforms: Set<String> = [
        "pegasus", "attract", "json", "oneline", "year", "iso", "esdate", "percent", "fraction", "stars",
    ]

    /// Throws for the first tag naming something outside the vocabulary.
    static func check(_ text: String, path: String) throws(ExportError) {
        var offset = 0
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let tagStart = offset + rest.utf8.distance(from: rest.startIndex, to: open.lowerBound)
            guard let close = rest[open.upperBound...].range(of: "}}") else { return }  // the parser reports it
            var tag = rest[open.upperBound..<close.lowerBound]
            let consumed = rest.utf8.distance(from: rest.startIndex, to: close.upperBound)
            offset += consumed
            rest = rest[close.upperBound...]
            if rest.hasPrefix("}"), tag.hasPrefix("{") {
                tag = tag.dropFirst()
                rest = rest.dropFirst()
                offset += 1
            }
            if let problem = problem(in: tag.trimmingCharacters(in: .whitespaces)) {
                let (line, column) = TextPosition.lineAndColumn(of: tagStart, in: text)
                throw ExportError(.badTemplate, problem, file: path, line: line, column: column)
            }
        }
    }

    /// Why `tag` (the text between the braces) is not allowed, or nil.
    private static func problem(in tag: String) -> String? {
        guard let sigil = tag.first else { return "empty tag" }
        var body = Substring(tag)
        switch sigil {
        case "!", "%", "=": return nil
        case ">", "<", "$": return "partials and blocks are not supported: {{\(tag)}}"
        case "#", "^", "/", "&", "{": body = body.dropFirst()
        default: break
        }
        var name = body.trimmingCharacters(in: .whitespaces)
        while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            let transform = String(name[..<open])
            guard transforms.contains(transform) else {
                return "unknown transform \(transform) (known: \(transforms.sorted().joined(separator: ", ")))"
            }
            name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if name == "." { return nil }
        guard let first = parts.first,
            variables.contains(first) || (parts.count == 1 && MediaKindNames.all.contains(first))
        else { return "unknown name \(name)" }
        if first == "media", parts.count == 2 {
            return MediaKindNames.all.contains(parts[1]) ? nil : "unknown media kind \(parts[1])"
        }
        return parts.count == 1 ? nil : "unknown name \(name)"
    }
}
