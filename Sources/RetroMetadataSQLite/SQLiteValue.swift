/// A value bound to or read from an SQLite statement.
public enum SQLiteValue: Hashable, Sendable {
    /// SQL NULL.
    case null
    /// A 64-bit integer.
    case integer(Int64)
    /// A double.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob([UInt8])
}

extension SQLiteValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral {
    /// Text from a literal.
    public init(stringLiteral value: String) { self = .text(value) }
    /// An integer from a literal.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// NULL from `nil`.
    public init(nilLiteral: ()) { self = .null }

    /// Text, or NULL when `nil`.
    public static func optional(_ text: String?) -> SQLiteValue { text.map { .text($0) } ?? .null }

    /// The integer, when this is one.
    public var integer: Int64? { if case .integer(let value) = self { value } else { nil } }
    /// The text, when this is text.
    public var text: String? { if case .text(let value) = self { value } else { nil } }
    /// The double, when this is a number.
    public var real: Double? {
        switch self {
        case .real(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }
    /// The bytes, when this is a blob.
    public var blob: [UInt8]? { if case .blob(let value) = self { value } else { nil } }
}
