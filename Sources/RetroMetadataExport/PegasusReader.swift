import Foundation
import RetroMetadataCore

/// Reads a Pegasus `metadata.pegasus.txt` into a library (games only; collection blocks are skipped).
public enum PegasusReader {
    /// Pegasus asset names and the media kind each is.
    static let assetKinds: [String: MediaKind] = [
        "boxfront": .cover, "boxback": .boxBack, "boxfull": .box3D, "screenshot": .screenshot,
        "titlescreen": .titleScreen,
        "background": .fanart, "marquee": .marquee, "logo": .wheel, "wheel": .wheel, "banner": .banner,
        "cartridge": .physicalMedia, "video": .video, "bezel": .bezel, "tile": .icon,
    ]

    /// The games of `text`.
    public static func read(_ text: String) -> Library {
        var entries: [LibraryEntry] = []
        var current: LibraryEntry?
        for (key, value) in pairs(text) {
            if key == "game" {
                if let current { entries.append(current) }
                current = LibraryEntry(path: "")
                current?.name = value
                continue
            }
            if key == "collection" {
                if let current { entries.append(current) }
                current = nil
                continue
            }
            guard var entry = current else { continue }
            apply(key: key, value: value, to: &entry)
            current = entry
        }
        if let current { entries.append(current) }
        return Library(
            entries: entries.map { entry in
                var entry = entry
                if entry.path.isEmpty { entry.path = entry.name ?? "" }
                // Pegasus paths are relative to the metadata file, as `./` paths are in a gamelist.
                if !entry.path.hasPrefix("/"), !entry.path.hasPrefix("./"), !entry.path.contains("://") {
                    entry.path = "./" + entry.path
                }
                return entry
            })
    }

    private static func apply(key: String, value: String, to entry: inout LibraryEntry) {
        switch key {
        case "file", "files": if entry.path.isEmpty { entry.path = value.components(separatedBy: "\n").first ?? value }
        case "sort-by", "sort_by", "sortby", "sort-title", "sort_title", "sortname": entry.sortName = value
        case "developer", "developers": entry.developer = value.replacingOccurrences(of: "\n", with: ", ")
        case "publisher", "publishers": entry.publisher = value.replacingOccurrences(of: "\n", with: ", ")
        case "genre", "genres": entry.genre = value.replacingOccurrences(of: "\n", with: ", ")
        case "players":
            entry.players = PlayerCount(parsing: value); if entry.players == nil { entry.unparsedPlayers = value }
        case "description", "summary": if entry.summary == nil || key == "description" { entry.summary = value }
        case "release": entry.releaseDate = GameDate(parsing: value)
        case "rating": entry.rating = rating(value)
        case "x-favorite": entry.favorite = value == "true"
        case "x-hidden": entry.hidden = value == "true"
        case "x-kidgame": entry.kidGame = value == "true"
        case "x-completed": entry.completed = value == "true"
        case "x-broken": entry.broken = value == "true"
        case "x-playcount": entry.playCount = Int(value)
        case "x-playtime": entry.playTime = Int(value)
        case "x-lastplayed": entry.lastPlayed = LibraryTimestamp(emulationStation: value)
        case "x-region": entry.region = value
        case "x-language": entry.language = value
        default:
            if key.hasPrefix("assets.") || key.hasPrefix("asset.") {
                let asset = String(key.split(separator: ".", maxSplits: 1)[1]).replacingOccurrences(of: "_", with: "")
                if let kind = assetKinds.first(where: { asset.hasPrefix($0.key) })?.value { entry.media[kind] = value }
            } else if key.hasPrefix("x-") {
                entry.setField(String(key.dropFirst(2)), to: value)
            }
        }
    }

    /// `NN%` or `0.x` as 0...1.
    static func rating(_ text: String) -> Double? {
        if text.hasSuffix("%") { return Double(text.dropLast()).map { $0 / 100 } }
        return Double(text)
    }

    /// The file's `key: value` pairs in order, continuation lines joined (`.` = paragraph, `\n` = line break).
    static func pairs(_ text: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var key: String?
        var lines: [String] = []
        func flush() {
            guard let key else { return }
            var value = ""
            for line in lines {
                if line == "." { value += "\n\n"; continue }
                if !value.isEmpty, !value.hasSuffix("\n") { value += " " }
                value += line
            }
            let isList = ["file", "files", "developers", "publishers", "genres"].contains(key)
            if isList { value = lines.joined(separator: "\n") }
            result.append((key, value.replacingOccurrences(of: "\\n", with: "\n")))
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = String(raw)
            if line.hasPrefix("#") { continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { flush(); key = nil; lines = []; continue }
            if line.first == " " || line.first == "\t" {
                if key != nil { lines.append(line.trimmingCharacters(in: .whitespaces)) }
                continue
            }
            flush()
            guard let colon = line.firstIndex(of: ":") else { key = nil; lines = []; continue }
            key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            lines = value.isEmpty ? [] : [value]
        }
        flush()
        return result
    }
}
