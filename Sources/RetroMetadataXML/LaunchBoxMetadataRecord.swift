import RetroMetadataCore

/// One record of LaunchBox's Games Database dump (`Metadata.xml`), joined to others by `databaseID`.
public enum LaunchBoxMetadataRecord: Hashable, Sendable {
    /// A `<Game>`.
    case game(LaunchBoxMetadataGame)
    /// A `<GameAlternateName>`.
    case alternateName(LaunchBoxMetadataAlternateName)
    /// A `<GameImage>`.
    case image(LaunchBoxMetadataImage)
    /// Any other record (`<Platform>`, `<MameFile>`...), with its text fields in order.
    case other(name: String, fields: [LibraryTextField])
}

/// A game of the LaunchBox Games Database.
public struct LaunchBoxMetadataGame: Hashable, Sendable {
    /// Database id (`DatabaseID`).
    public var databaseID: String
    /// Title (`Name`).
    public var name: String
    /// Platform name (`Platform`).
    public var platform: String?
    /// Release date, or year when only `ReleaseYear` is given.
    public var releaseDate: GameDate?
    /// Description (`Overview`).
    public var overview: String?
    /// Most players (`MaxPlayers`).
    public var maxPlayers: Int?
    /// `Released`, `Unreleased`, `Homebrew`...
    public var releaseType: String?
    /// Co-operative play.
    public var cooperative: Bool?
    /// Trailer URL (`VideoURL`).
    public var videoURL: String?
    /// Wikipedia URL.
    public var wikipediaURL: String?
    /// Community rating on LaunchBox's 0...5 scale.
    public var communityRating: Double?
    /// Votes behind `communityRating`.
    public var communityRatingCount: Int?
    /// ESRB rating text (`E - Everyone`).
    public var esrb: String?
    /// Genres, split on `;` and trimmed.
    public var genres: [String]
    /// Developer.
    public var developer: String?
    /// Publisher.
    public var publisher: String?

    /// Creates a game from a record's fields (by element name).
    init(fields: [String: String]) {
        func text(_ name: String) -> String? { fields[name].flatMap(meaningful) }
        databaseID = text("DatabaseID") ?? ""
        name = fields["Name"] ?? ""
        platform = text("Platform")
        releaseDate = text("ReleaseDate").flatMap(LibraryTimestamp.init(iso8601:))?.calendarDay
            ?? text("ReleaseYear").flatMap { GameDate(parsing: $0) }
        overview = fields["Overview"].flatMap { $0.isEmpty ? nil : $0 }
        maxPlayers = text("MaxPlayers").flatMap { Int($0) }
        releaseType = text("ReleaseType")
        cooperative = text("Cooperative").map { $0.lowercased() == "true" }
        videoURL = text("VideoURL")
        wikipediaURL = text("WikipediaURL")
        communityRating = text("CommunityRating").flatMap(Double.init)
        communityRatingCount = text("CommunityRatingCount").flatMap { Int($0) }
        esrb = text("ESRB")
        genres = (fields["Genres"] ?? "").split(separator: ";").compactMap { meaningful(String($0)) }
        developer = text("Developer")
        publisher = text("Publisher")
    }
}

/// Another title of a database game (`<GameAlternateName>`).
public struct LaunchBoxMetadataAlternateName: Hashable, Sendable {
    /// The game's database id.
    public var databaseID: String
    /// The other title.
    public var name: String
    /// Where it is used.
    public var region: String?
}

/// An image of a database game (`<GameImage>`); its URL is `https://images.launchbox-app.com/<fileName>`.
public struct LaunchBoxMetadataImage: Hashable, Sendable {
    /// The game's database id.
    public var databaseID: String
    /// The GUID-named file.
    public var fileName: String
    /// The media type (`Box - Front`, `Clear Logo`...).
    public var type: String
    /// Region, when region-specific.
    public var region: String?
    /// CRC32 of the file (written in decimal in the dump).
    public var crc32: UInt32?
}
