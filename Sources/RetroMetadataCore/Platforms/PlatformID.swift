/// A provider's id for a platform: a number for most providers, a name for those that key
/// platforms by name (HowLongToBeat, Hasheous, LaunchBox).
public enum PlatformID: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral
{
    /// A numeric id, such as IGDB's 19 for the Super Nintendo.
    case int(Int)
    /// A name used as the id, such as HowLongToBeat's `SNES`.
    case string(String)

    /// Creates a numeric id from an integer literal.
    public init(integerLiteral value: Int) { self = .int(value) }

    /// Creates a name id from a string literal.
    public init(stringLiteral value: String) { self = .string(value) }

    /// The number, when this id is numeric.
    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The name, when this id is a name.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The id as text: the number in decimal or the name.
    public var description: String {
        switch self {
        case .int(let value): String(value)
        case .string(let value): value
        }
    }

    /// Decodes a JSON number or string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .int(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    /// Encodes the id as a JSON number or string, its natural type.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }
}
