/// One game or folder of a `Library`: typed known fields, plus everything else kept verbatim.
///
/// "unknown", empty and missing values are all `nil`. Content this model does not type is kept
/// losslessly: `fields` (fields some frontend knows but no typed property holds, by element name),
/// `unknownAttributes`, and `unknownElements` (each an opaque, verbatim markup fragment).
public struct LibraryEntry: Hashable, Sendable {
    /// Whether the entry is a game or a folder.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A game (a ROM file or a launchable folder).
        case game
        /// A folder of games, with its own display metadata.
        case folder
    }

    /// Game or folder.
    public var kind: Kind
    /// Path of the ROM or folder as the file writes it (`./x.zip`, `~/…`, absolute, or a Windows path).
    public var path: String
    /// Display name.
    public var name: String?
    /// Name used for sorting.
    public var sortName: String?
    /// Long description.
    public var summary: String?
    /// Release date, possibly year-only.
    public var releaseDate: GameDate?
    /// Developer.
    public var developer: String?
    /// Publisher.
    public var publisher: String?
    /// Genre text as written (`Action / Platform`, `Action; Platform`).
    public var genre: String?
    /// Number of players, when the text parses.
    public var players: PlayerCount?
    /// The players text as written when it does not parse as a count.
    public var unparsedPlayers: String?
    /// Rating on a 0...1 scale.
    public var rating: Double?
    /// Marked as favorite.
    public var favorite: Bool
    /// Hidden from lists.
    public var hidden: Bool
    /// Suitable for children.
    public var kidGame: Bool
    /// Marked as completed.
    public var completed: Bool
    /// Marked as broken.
    public var broken: Bool
    /// Times played.
    public var playCount: Int?
    /// Seconds played.
    public var playTime: Int?
    /// When last played.
    public var lastPlayed: LibraryTimestamp?
    /// Region text as written (`us`, `North America`).
    public var region: String?
    /// Language text as written (`en`, `fr,en`).
    public var language: String?
    /// The scraper's game id (Batocera / Skraper `<game id="…">`).
    public var scraperID: String?
    /// The game's GUID in LaunchBox.
    public var launchBoxID: String?
    /// The LaunchBox Games Database id.
    public var databaseID: String?
    /// Media file paths by kind, as written.
    public var media: [MediaKind: String]
    /// When each scraper last filled the entry: provider name → date text (Batocera `<scrap name date>`).
    public var scrapeDates: [LibraryTextField]
    /// Other titles (LaunchBox `AlternateName` records).
    public var alternateNames: [LibraryAlternateName]
    /// User-defined fields (LaunchBox `CustomField` records).
    public var customFields: [LibraryTextField]
    /// Fields a frontend knows but no typed property holds (`emulator`, `core`, `md5`, ...), by element name, in order.
    public var fields: [LibraryTextField]
    /// Attributes of the entry's element that are not known, in order.
    public var unknownAttributes: [LibraryTextField]
    /// Child elements that are not known, each kept as verbatim markup, in order.
    public var unknownElements: [String]

    /// Creates an entry; everything but kind and path starts empty.
    public init(kind: Kind = .game, path: String) {
        self.kind = kind
        self.path = path
        favorite = false
        hidden = false
        kidGame = false
        completed = false
        broken = false
        media = [:]
        scrapeDates = []
        alternateNames = []
        customFields = []
        fields = []
        unknownAttributes = []
        unknownElements = []
    }

    /// The value of the extra field `name`.
    public func field(_ name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Sets, replaces or (with `nil`) removes the extra field `name`, keeping the others' order.
    public mutating func setField(_ name: String, to value: String?) {
        if let index = fields.firstIndex(where: { $0.name == name }) {
            if let value { fields[index].value = value } else { fields.remove(at: index) }
        } else if let value {
            fields.append(LibraryTextField(name: name, value: value))
        }
    }

    /// The players as text: the parsed count, else the text as written.
    public var playersText: String? { players?.description ?? unparsedPlayers }
}
