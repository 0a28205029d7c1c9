import RetroMetadataCore

/// Builds the values a text template sees for a library: top-level names plus one dictionary per game.
enum TemplateContext {
    /// The context for `entries`; `media` holds each entry's media paths relative to the metadata file's folder.
    static func make(
        entries: [LibraryEntry], names: ExportNames, media: [[MediaKind: String]], romDirectory: String?
    ) -> [String: Any] {
        let games = entries.enumerated().map { index, entry -> [String: Any] in
            var game = values(of: entry, romDirectory: romDirectory)
            game["last"] = index == entries.count - 1
            var paths: [String: Any] = [:]
            for (kind, path) in media[index] { paths[kind.rawValue] = ExportText(text: path) }
            if !paths.isEmpty { game["media"] = paths }
            return game
        }
        return [
            "system": ExportText(text: names.system), "platform": ExportText(text: names.platform),
            "playlist": ExportText(text: names.playlist), "playlist_file": ExportText(text: names.playlist + ".lpl"),
            "games": games,
        ]
    }

    /// One entry's values; absent values are left out so `{{#name}}…{{/name}}` sections skip them.
    private static func values(of entry: LibraryEntry, romDirectory: String?) -> [String: Any] {
        var game: [String: Any] = [:]
        func text(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { game[key] = ExportText(text: value) }
        }
        let file = RomFileName(path: entry.path)
        text("path", entry.path)
        text("abs_path", absolutePath(entry.path, romDirectory: romDirectory))
        text("rom_file", file.name)
        text("rom_relative", (file.folders + [file.name]).joined(separator: "/"))
        text("rom_stem", file.stem)
        text("name", entry.name ?? file.stem)
        text("sortname", entry.sortName)
        text("desc", entry.summary)
        text("developer", entry.developer)
        text("publisher", entry.publisher)
        text("genre", entry.genre)
        text("players", entry.playersText)
        text("region", entry.region)
        text("language", entry.language)
        text("playcount", entry.playCount.map(String.init))
        text("playtime", entry.playTime.map(String.init))
        text("lastplayed", entry.lastPlayed?.emulationStationText)
        for key in ["crc32", "emulator", "core_path", "core_name", "db_name"] { text(key, entry.field(key)) }
        if let date = entry.releaseDate { game["date"] = ExportDate(wrapped: date) }
        if let rating = entry.rating { game["rating"] = ExportRating(wrapped: rating) }
        for (key, flag) in [
            ("favorite", entry.favorite), ("hidden", entry.hidden), ("kidgame", entry.kidGame),
            ("completed", entry.completed), ("broken", entry.broken),
        ] where flag {
            game[key] = true
        }
        let extras = entry.fields.filter {
            !["crc32", "emulator", "core_path", "core_name", "db_name"].contains($0.name)
        }
        if !extras.isEmpty {
            game["fields"] = extras.map { ["key": ExportText(text: $0.name), "value": ExportText(text: $0.value)] }
        }
        return game
    }

    /// `path` made absolute against `romDirectory` when it is relative (`./x.sfc`, `x.sfc`).
    static func absolutePath(_ path: String, romDirectory: String?) -> String {
        guard let romDirectory, !path.hasPrefix("/"), !path.hasPrefix("~"), !path.contains(":\\") else { return path }
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return (romDirectory.hasSuffix("/") ? romDirectory : romDirectory + "/") + relative
    }
}
