/// The stable key naming a metadata source, such as `igdb` or `screenscraper`.
///
/// Keys are open (a user's custom source is a key too), so this is a string wrapper rather than an enum;
/// the built-in sources are static constants.
public struct ProviderKey: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible, CodingKeyRepresentable
{
    /// The key as written in config files, JSON and id tags.
    public let rawValue: String

    /// Creates a key from its raw spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a key from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Decodes a key from a single JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the key as a single JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The key used when this value is a dictionary key in JSON.
    public var codingKey: any CodingKey { AnyCodingKey(rawValue) }

    /// Recreates a key from a JSON dictionary key.
    public init?<T: CodingKey>(codingKey: T) { self.rawValue = codingKey.stringValue }

    public var description: String { rawValue }

    public static func < (lhs: ProviderKey, rhs: ProviderKey) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension ProviderKey {
    public static let igdb: ProviderKey = "igdb"
    public static let mobygames: ProviderKey = "mobygames"
    public static let screenscraper: ProviderKey = "screenscraper"
    public static let retroachievements: ProviderKey = "retroachievements"
    public static let steamgriddb: ProviderKey = "steamgriddb"
    public static let hltb: ProviderKey = "hltb"
    public static let thegamesdb: ProviderKey = "thegamesdb"
    public static let hasheous: ProviderKey = "hasheous"
    public static let playmatch: ProviderKey = "playmatch"
    public static let flashpoint: ProviderKey = "flashpoint"
    public static let launchbox: ProviderKey = "launchbox"
    public static let gamelist: ProviderKey = "gamelist"
    public static let dat: ProviderKey = "dat"
    /// Values typed or kept by the user in their own frontend files.
    public static let user: ProviderKey = "user"
}

/// A coding key built from any string, for dictionaries keyed by open string types.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
