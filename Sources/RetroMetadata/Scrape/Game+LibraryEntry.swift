import Foundation
import RetroMetadataCore

extension Game {
    /// This game as a library entry for the ROM at `path`; media are kept only when they are local files.
    public func libraryEntry(path: String) -> LibraryEntry {
        var entry = LibraryEntry(kind: .game, path: path)
        entry.name = name
        entry.summary = metadata.summary
        entry.releaseDate = metadata.releaseDate
        entry.developer = metadata.developer
        entry.publisher = metadata.publisher
        entry.genre = metadata.genres.isEmpty ? nil : metadata.genres.joined(separator: ", ")
        entry.players = metadata.players
        entry.rating = metadata.rating
        entry.region = metadata.regions.first
        entry.language = metadata.languages.first
        for (kind, assets) in media {
            // Online URLs need the artwork store; local files (a gamelist's media) can be placed directly.
            if let local = assets.map(\.url).first(where: { !$0.contains("://") && FileManager.default.fileExists(atPath: $0) }) {
                entry.media[kind] = local
            }
        }
        return entry
    }
}

extension LibraryEntry {
    /// Names of the values `after` has that this entry lacked or had differently.
    func changedFields(to after: LibraryEntry) -> [String] {
        var names: [String] = []
        func check<Value: Equatable>(_ name: String, _ path: KeyPath<LibraryEntry, Value?>) {
            if let value = after[keyPath: path], self[keyPath: path] != value { names.append(name) }
        }
        check("name", \.name)
        check("summary", \.summary)
        check("release_date", \.releaseDate)
        check("developer", \.developer)
        check("publisher", \.publisher)
        check("genre", \.genre)
        check("players", \.players)
        check("rating", \.rating)
        check("region", \.region)
        check("language", \.language)
        for kind in after.media.keys.sorted(by: { $0.rawValue < $1.rawValue }) where media[kind] != after.media[kind] {
            names.append("media.\(kind.rawValue)")
        }
        return names
    }
}
