import RetroMetadataCore

/// Reads an AttractMode romlist (`;`-separated, columns named by the `#` header or the 21-column default).
public enum AttractModeReader {
    /// The 21 columns AttractMode 2.6.1+ writes.
    static let defaultColumns = [
        "Name", "Title", "Emulator", "CloneOf", "Year", "Manufacturer", "Category", "Players", "Rotation", "Control",
        "Status", "DisplayCount", "DisplayType", "AltRomname", "AltTitle", "Extra", "Buttons", "Series", "Language",
        "Region", "Rating",
    ]

    /// The games of `text`; `favourites` is the list's `.tag` file (one Name per line), if any.
    public static func read(_ text: String, favourites: String? = nil) -> Library {
        let favourite = Set((favourites ?? "").split(whereSeparator: \.isNewline).map { String($0) })
        var columns = defaultColumns
        var entries: [LibraryEntry] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = String(raw)
            if line.hasPrefix("#") {
                columns = fields(of: String(line.dropFirst()))
                if columns.first == "Romname" { columns[0] = "Name" }
                continue
            }
            let values = fields(of: line)
            var row: [String: String] = [:]
            for (column, value) in zip(columns, values) where !value.isEmpty { row[column] = value }
            guard let name = row["Name"] else { continue }
            var entry = LibraryEntry(path: name)
            entry.name = row["Title"]
            entry.developer = row["Manufacturer"]
            entry.genre = row["Category"]
            entry.region = row["Region"]
            entry.language = row["Language"]
            if let year = row["Year"].flatMap({ Int($0) }) { entry.releaseDate = GameDate(year: year) }
            if let players = row["Players"] {
                entry.players = PlayerCount(parsing: players)
                if entry.players == nil { entry.unparsedPlayers = players }
            }
            entry.rating = row["Rating"].flatMap(Double.init).map { $0 > 1 ? $0 / 10 : $0 }
            entry.favorite = row["Favourite"] == "1" || favourite.contains(name)
            entry.playCount = row["PlayedCount"].flatMap { Int($0) }
            entry.playTime = row["PlayedTime"].flatMap { Int($0) }
            if let emulator = row["Emulator"] { entry.setField("emulator", to: emulator) }
            entries.append(entry)
        }
        return Library(entries: entries)
    }

    /// The `;`-separated fields of `line`; a field starting with `"` runs to the next unescaped `"`.
    static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in line {
            if quoted {
                if escaped {
                    current.append(character); escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    quoted = false
                } else {
                    current.append(character)
                }
            } else if character == ";" {
                fields.append(current)
                current = ""
            } else if character == "\"", current.allSatisfy(\.isWhitespace) {
                current = ""
                quoted = true
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
