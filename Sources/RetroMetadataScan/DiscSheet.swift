/// The files a disc description refers to: `.cue` `FILE` lines, `.gdi` track lines, `.m3u` entries.
public enum DiscSheet {
    /// The extensions whose contents name other files of the same game.
    public static let extensions: Set<String> = ["cue", "gdi", "m3u"]

    /// The referenced file names, in order, as written (relative to the sheet's folder unless absolute).
    public static func references(in text: String, fileExtension: String, path: String) throws(ScanError) -> [String] {
        switch fileExtension.lowercased() {
        case "cue": try cueFiles(text, path: path)
        case "gdi": try gdiTracks(text, path: path)
        default: M3UPlaylist(text: text).entries
        }
    }

    /// `FILE "name" TYPE` lines of a cue sheet (the name may be unquoted when it has no spaces).
    static func cueFiles(_ text: String, path: String) throws(ScanError) -> [String] {
        var files: [String] = []
        for (index, line) in lines(text).enumerated() {
            let tokens = tokenize(line)
            guard let keyword = tokens.first, keyword.uppercased() == "FILE" else { continue }
            guard tokens.count >= 2, !tokens[1].isEmpty else {
                throw .invalidPlaylist(path, line: index + 1, reason: "FILE without a file name")
            }
            files.append(tokens[1])
        }
        return files
    }

    /// Track lines of a GDI file: a track count, then `number start type sector-size file offset`.
    static func gdiTracks(_ text: String, path: String) throws(ScanError) -> [String] {
        var files: [String] = []
        var expected: Int?
        for (index, line) in lines(text).enumerated() {
            let tokens = tokenize(line)
            guard !tokens.isEmpty else { continue }
            guard expected != nil else {
                guard tokens.count == 1, let count = Int(tokens[0]), count > 0 else {
                    throw .invalidPlaylist(path, line: index + 1, reason: "expected the number of tracks")
                }
                expected = count
                continue
            }
            guard tokens.count >= 5, Int(tokens[0]) != nil else {
                throw .invalidPlaylist(path, line: index + 1, reason: "expected 'track start type size file offset'")
            }
            files.append(tokens[4])
        }
        if let expected, files.count != expected {
            throw .invalidPlaylist(path, line: 1, reason: "declares \(expected) tracks but lists \(files.count)")
        }
        return files
    }

    /// The lines of a text file, accepting `\n`, `\r\n` and `\r`, with a byte order mark removed.
    static func lines(_ text: String) -> [Substring] {
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        return body.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    }

    /// Splits on spaces and tabs, keeping `"quoted text"` as one token.
    static func tokenize(_ line: Substring) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        var inToken = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                inToken = true
            } else if !quoted, character == " " || character == "\t" {
                if inToken { tokens.append(current) }
                current = ""
                inToken = false
            } else {
                current.append(character)
                inToken = true
            }
        }
        if inToken { tokens.append(current) }
        return tokens
    }
}
