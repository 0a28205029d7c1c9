import RetroMetadataCore

/// A LaunchBox `<Game>` field that maps to a `LibraryEntry` property, and how its text is read and written.
enum LaunchBoxValue: Hashable, Sendable {
    case id, applicationPath, title, sortTitle, notes, releaseDate, developer, publisher, genre, maxPlayers
    case starRating, starRatingFloat, favorite, hide, completed, broken, playCount, playTime, lastPlayedDate
    case region, databaseID, media(MediaKind)

    /// The `<Game>` fields this library maps, in the order a new record gets them; declared once.
    static let gameFields: [(element: String, value: LaunchBoxValue)] = [
        ("ID", .id), ("ApplicationPath", .applicationPath), ("Title", .title), ("SortTitle", .sortTitle),
        ("Notes", .notes), ("ReleaseDate", .releaseDate), ("Developer", .developer), ("Publisher", .publisher),
        ("Genre", .genre), ("MaxPlayers", .maxPlayers), ("StarRatingFloat", .starRatingFloat),
        ("StarRating", .starRating), ("Favorite", .favorite), ("Hide", .hide), ("Completed", .completed),
        ("Broken", .broken), ("PlayCount", .playCount), ("PlayTime", .playTime),
        ("LastPlayedDate", .lastPlayedDate), ("Region", .region), ("DatabaseID", .databaseID),
        ("VideoPath", .media(.video)), ("ManualPath", .media(.manual)),
    ]

    /// Element name → value, for reading.
    static let byElement: [String: LaunchBoxValue] = Dictionary(uniqueKeysWithValues: gameFields.map { ($0.element, $0.value) })

    /// The field's text for `entry`; `utcOffsetMinutes` is the offset given to dates that have none.
    func text(in entry: LibraryEntry, utcOffsetMinutes: Int) -> String {
        switch self {
        case .id: return entry.launchBoxID ?? ""
        case .applicationPath: return entry.path
        case .title: return entry.name ?? ""
        case .sortTitle: return entry.sortName ?? ""
        case .notes: return entry.summary ?? ""
        case .releaseDate:
            guard let date = entry.releaseDate else { return "" }
            return LibraryTimestamp(year: date.year, month: date.month ?? 1, day: date.day ?? 1,
                utcOffsetMinutes: utcOffsetMinutes).iso8601Text
        case .developer: return entry.developer ?? ""
        case .publisher: return entry.publisher ?? ""
        case .genre: return entry.genre ?? ""
        case .maxPlayers: return entry.players.map { String($0.maximum ?? $0.minimum) } ?? ""
        case .starRating: return entry.rating.map { String(Int(($0 * 5).rounded())) } ?? "0"
        case .starRatingFloat: return entry.rating.map { ratingText($0 * 5) } ?? "0"
        case .favorite: return entry.favorite ? "true" : "false"
        case .hide: return entry.hidden ? "true" : "false"
        case .completed: return entry.completed ? "true" : "false"
        case .broken: return entry.broken ? "true" : "false"
        case .playCount: return String(entry.playCount ?? 0)
        case .playTime: return String(entry.playTime ?? 0)
        case .lastPlayedDate:
            guard var played = entry.lastPlayed else { return "" }
            if played.utcOffsetMinutes == nil { played.utcOffsetMinutes = utcOffsetMinutes }
            return played.iso8601Text
        case .region: return entry.region ?? ""
        case .databaseID: return entry.databaseID ?? ""
        case .media(let kind): return entry.media[kind] ?? ""
        }
    }

    /// Stores `text` read from a `<Game>` record.
    func set(_ rawText: String, on entry: inout LibraryEntry) {
        let text = meaningful(rawText)
        switch self {
        case .id: entry.launchBoxID = text
        case .applicationPath: entry.path = rawText
        case .title: entry.name = text
        case .sortTitle: entry.sortName = text
        case .notes: entry.summary = rawText.isEmpty ? nil : rawText
        case .releaseDate: entry.releaseDate = text.flatMap(LibraryTimestamp.init(iso8601:))?.calendarDay
        case .developer: entry.developer = text
        case .publisher: entry.publisher = text
        case .genre: entry.genre = text
        case .maxPlayers:
            entry.players = text.flatMap { Int($0) }.flatMap { $0 > 0 ? PlayerCount(minimum: 1, maximum: $0) : nil }
        case .starRating:
            if entry.rating == nil, let stars = text.flatMap(Double.init), stars > 0 { entry.rating = min(stars, 5) / 5 }
        case .starRatingFloat:
            if let stars = text.flatMap(Double.init), stars > 0 { entry.rating = min(stars, 5) / 5 }
        case .favorite: entry.favorite = text?.lowercased() == "true"
        case .hide: entry.hidden = text?.lowercased() == "true"
        case .completed: entry.completed = text?.lowercased() == "true"
        case .broken: entry.broken = text?.lowercased() == "true"
        case .playCount: entry.playCount = text.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        case .playTime: entry.playTime = text.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        case .lastPlayedDate: entry.lastPlayed = text.flatMap(LibraryTimestamp.init(iso8601:))
        case .region: entry.region = text
        case .databaseID: entry.databaseID = text
        case .media(let kind): entry.media[kind] = text
        }
    }
}
