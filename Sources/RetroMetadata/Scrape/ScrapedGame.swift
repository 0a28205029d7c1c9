import RetroMetadataCore

/// One ROM after a scrape: its library entry (existing values kept) and how it was identified.
public struct ScrapedGame: Sendable {
    /// How a ROM was identified.
    public enum Identification: String, Sendable {
        /// By a hash (DAT, hash-capable provider) or an id tag.
        case hash
        /// By its name (search or a local file such as a gamelist).
        case name
        /// No provider knew it; the entry keeps what it had.
        case notFound = "not_found"
        /// The file could not be read or providers failed.
        case failed
    }

    /// The ROM file's path as scanned.
    public var path: String
    /// The entry to write: the existing entry with gaps filled (or refreshed).
    public var entry: LibraryEntry
    /// How the game was identified.
    public var identification: Identification
    /// The match, when there is one.
    public var match: MatchInfo?
    /// Names of the entry fields this scrape filled or changed.
    public var filledFields: [String]
    /// Providers (or the scanner) that failed for this ROM.
    public var errors: [ProviderFailure]
    /// The discs and playlist of a multi-disc game; `nil` for a game of one file (or one sheet and its tracks).
    public var discs: ScrapedDiscs?
    /// The media the providers offered, by kind (online URLs included), for the artwork step.
    public var offered: [MediaKind: [MediaAsset]] = [:]
    /// Media a dry run would download, by kind: the chosen asset's URL without its query.
    public var pendingMedia: [MediaKind: String] = [:]

    /// A scraped ROM.
    public init(
        path: String, entry: LibraryEntry, identification: Identification, match: MatchInfo? = nil,
        filledFields: [String] = [], errors: [ProviderFailure] = [], discs: ScrapedDiscs? = nil,
        offered: [MediaKind: [MediaAsset]] = [:]
    ) {
        self.path = path
        self.entry = entry
        self.identification = identification
        self.match = match
        self.filledFields = filledFields
        self.errors = errors
        self.discs = discs
        self.offered = offered
    }
}
