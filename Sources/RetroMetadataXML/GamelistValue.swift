import Foundation
import RetroMetadataCore

/// Which `LibraryEntry` property a gamelist element holds, and how its text is read and written.
enum GamelistValue: Hashable, Sendable {
    case name, sortName, summary, releaseDate, developer, publisher, genre, players, rating
    case favorite, hidden, kidGame, completed, broken, playCount, playTime, lastPlayed, region, language
    case media(MediaKind)
    /// A known element without a typed property, kept in `LibraryEntry.fields` under its element name.
    case field(String)

    /// The value's text for writing, or `nil` when it is unset, empty or a "nothing" value (false, 0).
    func text(in entry: LibraryEntry) -> String? {
        switch self {
        case .name: return entry.name
        case .sortName: return entry.sortName
        case .summary: return entry.summary
        case .releaseDate:
            guard let date = entry.releaseDate else { return nil }
            return LibraryTimestamp(year: date.year, month: date.month ?? 1, day: date.day ?? 1).emulationStationText
        case .developer: return entry.developer
        case .publisher: return entry.publisher
        case .genre: return entry.genre
        case .players: return entry.playersText
        case .rating: return entry.rating.flatMap { $0 > 0 ? ratingText($0) : nil }
        case .favorite: return entry.favorite ? "true" : nil
        case .hidden: return entry.hidden ? "true" : nil
        case .kidGame: return entry.kidGame ? "true" : nil
        case .completed: return entry.completed ? "true" : nil
        case .broken: return entry.broken ? "true" : nil
        case .playCount: return entry.playCount.flatMap { $0 > 0 ? String($0) : nil }
        case .playTime: return entry.playTime.flatMap { $0 > 0 ? String($0) : nil }
        case .lastPlayed: return entry.lastPlayed?.emulationStationText
        case .region: return entry.region
        case .language: return entry.language
        case .media(let kind): return entry.media[kind]
        case .field(let name): return entry.field(name)
        }
    }

    /// Stores `text` read from a file; "unknown", empty and unparsable values become `nil`.
    func set(_ rawText: String, on entry: inout LibraryEntry) {
        let text = meaningful(rawText)
        switch self {
        case .name: entry.name = text
        case .sortName: entry.sortName = text
        case .summary: entry.summary = rawText.isEmpty ? nil : rawText
        case .releaseDate: entry.releaseDate = text.flatMap(parseDate)
        case .developer: entry.developer = text
        case .publisher: entry.publisher = text
        case .genre: entry.genre = text
        case .players:
            entry.players = text.flatMap(parsePlayers)
            entry.unparsedPlayers = entry.players == nil ? text : nil
        case .rating: entry.rating = text.flatMap(Double.init).map { min(max($0, 0), 1) }.flatMap { $0 > 0 ? $0 : nil }
        case .favorite: entry.favorite = parseBool(text)
        case .hidden: entry.hidden = parseBool(text)
        case .kidGame: entry.kidGame = parseBool(text)
        case .completed: entry.completed = parseBool(text)
        case .broken: entry.broken = parseBool(text)
        case .playCount: entry.playCount = text.flatMap { Int($0) }
        case .playTime: entry.playTime = text.flatMap { Int($0) }
        case .lastPlayed: entry.lastPlayed = text.flatMap(LibraryTimestamp.init(emulationStation:))
        case .region: entry.region = text
        case .language: entry.language = text
        case .media(let kind): entry.media[kind] = text
        case .field(let name): entry.setField(name, to: text)
        }
    }
}

/// The text with surrounding whitespace removed, or `nil` when empty or `unknown`.
func meaningful(_ text: String) -> String? {
    // Byte-level trimming: this runs for every field of every entry, Foundation's trimming is 10x slower.
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    let bytes = text.utf8
    guard let first = bytes.first, let last = bytes.last else { return nil }
    var trimmed = text
    if isSpace(first) || isSpace(last) {
        guard let start = bytes.firstIndex(where: { !isSpace($0) }), let end = bytes.lastIndex(where: { !isSpace($0) })
        else { return nil }
        trimmed = String(text[start...end])
    }
    if trimmed.utf8.count == 7 && trimmed.lowercased() == "unknown" { return nil }
    return trimmed
}

private func parseBool(_ text: String?) -> Bool {
    guard let text = text?.lowercased() else { return false }
    return text == "true" || text == "1" || text == "yes"
}

/// Reads `YYYYMMDDTHHMMSS`, `YYYYMMDD`, `YYYY` and ISO dates; ES's sentinels are "no date".
private func parseDate(_ text: String) -> GameDate? {
    if text == "not-a-date-time" || text.hasPrefix("19700101") || text == "0" { return nil }
    // The usual 15-character form takes the fast path; everything else the general parser.
    if text.utf8.count == 15, let stamp = LibraryTimestamp(emulationStation: text) {
        return GameDate(year: stamp.year, month: stamp.month, day: stamp.day)
    }
    return GameDate(parsing: text)
}

/// Reads `3` and `1-4` directly (the common cases), anything else through `PlayerCount(parsing:)`.
private func parsePlayers(_ text: String) -> PlayerCount? {
    let bytes = Array(text.utf8)
    func digit(_ byte: UInt8) -> Int? { (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil }
    if bytes.count == 1, let value = digit(bytes[0]), value > 0 { return PlayerCount(value) }
    if bytes.count == 3, bytes[1] == UInt8(ascii: "-"), let low = digit(bytes[0]), let high = digit(bytes[2]), low > 0 {
        return PlayerCount(minimum: low, maximum: high)
    }
    return PlayerCount(parsing: text)
}

/// A rating as ES writes it: shortest decimal text (`0.75`, `1`).
func ratingText(_ value: Double) -> String {
    let rounded = (value * 1_000_000).rounded() / 1_000_000
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(rounded)
}
