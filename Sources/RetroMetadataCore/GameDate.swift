/// A release date that may be known only to the year or month, as frontends and providers often store it.
public struct GameDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Four-digit year.
    public var year: Int
    /// Month 1...12, when known.
    public var month: Int?
    /// Day of month 1...31, when known (only with a month).
    public var day: Int?

    /// Creates a date; a day without a month is dropped.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month.flatMap { (1...12).contains($0) ? $0 : nil }
        self.day = self.month == nil ? nil : day.flatMap { (1...31).contains($0) ? $0 : nil }
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYYMMDD` and `YYYYMMDDTHHMMSS` (the time is ignored).
    public init?(parsing text: String) {
        let digits = text.unicodeScalars.prefix { $0 != "T" && $0 != " " }.filter { $0 != "-" }
        let string = String(String.UnicodeScalarView(digits))
        guard string.count >= 4, string.allSatisfy(\.isASCIIDigit), let year = Int(string.prefix(4)),
            year > 0
        else { return nil }
        let month = string.count >= 6 ? Int(string.dropFirst(4).prefix(2)) : nil
        let day = string.count >= 8 ? Int(string.dropFirst(6).prefix(2)) : nil
        if month == 0 { self.init(year: year) } else { self.init(year: year, month: month, day: day == 0 ? nil : day) }
    }

    /// The date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        var text = String(format4(year))
        if let month { text += "-" + pad2(month) }
        if let day { text += "-" + pad2(day) }
        return text
    }

    /// Encodes as the ISO-style text of `description`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from any text form `init(parsing:)` accepts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = GameDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
        }
        self = date
    }

    public static func < (lhs: GameDate, rhs: GameDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

private func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
private func format4(_ value: Int) -> String {
    let text = "\(value)"
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
