/// One Flashpoint Archive entry, as the search API and the `game` table of `flashpoint.sqlite` both give it.
struct FlashpointGame: Decodable, Sendable, Hashable {
    var id: String
    var title: String
    var alternateTitles: String?
    var series: String?
    var developer: String?
    var publisher: String?
    var tags: [String]
    var platform: String?
    var playMode: String?
    var releaseDate: String?
    var language: String?
    var notes: String?
    var originalDescription: String?
    var library: String?
    var source: String?
    var status: String?
    var version: String?

    enum CodingKeys: String, CodingKey {
        case id, title, alternateTitles, series, developer, publisher, tags, platform, playMode, releaseDate
        case language, notes, originalDescription, library, source, status, version
    }

    init(id: String, title: String, fields: [String: String]) {
        self.id = id
        self.title = title
        alternateTitles = fields["alternateTitles"]
        series = fields["series"]
        developer = fields["developer"]
        publisher = fields["publisher"]
        tags = Self.split(fields["tags"])
        platform = fields["platform"]
        playMode = fields["playMode"]
        releaseDate = fields["releaseDate"]
        language = fields["language"]
        notes = fields["notes"]
        originalDescription = fields["originalDescription"]
        library = fields["library"]
        source = fields["source"]
        status = fields["status"]
        version = fields["version"]
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var fields: [String: String] = [:]
        for key in CodingKeys.allTextKeys {
            if let value = try? c.decodeIfPresent(String.self, forKey: key), !value.isEmpty {
                fields[key.rawValue] = value
            }
        }
        self.init(
            id: try c.decodeIfPresent(String.self, forKey: .id) ?? "",
            title: try c.decodeIfPresent(String.self, forKey: .title) ?? "", fields: fields)
        // The API sends a list; older answers and the database a `;`-separated string.
        if let list = try? c.decodeIfPresent([String].self, forKey: .tags) { tags = list }
    }

    /// Tags from `Action; Arcade` or `Action,Arcade`.
    static func split(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == ";" || $0 == "," })
            .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }
}

extension FlashpointGame.CodingKeys {
    /// Every key whose value is text (all but `tags`).
    static let allTextKeys: [Self] = [
        .alternateTitles, .series, .developer, .publisher, .tags, .platform, .playMode, .releaseDate, .language,
        .notes, .originalDescription, .library, .source, .status, .version,
    ]
}

extension StringProtocol {
    /// The text without surrounding whitespace.
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
