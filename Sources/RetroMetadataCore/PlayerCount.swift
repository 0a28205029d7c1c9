import Foundation

/// How many people can play, kept as the text a frontend shows (`1`, `1-4`, `2+`) with parsed bounds.
public struct PlayerCount: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Fewest players.
    public var minimum: Int
    /// Most players; `nil` for an open upper bound such as `2+`.
    public var maximum: Int?

    /// Creates a count from bounds.
    public init(minimum: Int, maximum: Int?) {
        self.minimum = max(1, minimum)
        self.maximum = maximum.map { Swift.max($0, self.minimum) }
    }

    /// Creates a count for exactly `players` people.
    public init(_ players: Int) { self.init(minimum: players, maximum: players) }

    /// Parses `3`, `1-4`, `1 - 4`, `1~4`, `2+`, `1 to 4`; anything else (including `unknown`) is `nil`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces.lowercased()
        if trimmed.hasSuffix("+"), let low = Int(trimmed.dropLast().trimmingSpaces) {
            guard low > 0 else { return nil }
            self.init(minimum: low, maximum: nil)
            return
        }
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "~" || $0 == "–" })
            .flatMap { $0.components(separatedBy: " to ") }
            .map(\.trimmingSpaces)
        let numbers = parts.compactMap { Int($0) }
        guard !numbers.isEmpty, numbers.count == parts.count, numbers.count <= 2, numbers.allSatisfy({ $0 > 0 })
        else { return nil }
        self.init(minimum: numbers.min()!, maximum: numbers.max()!)
    }

    /// The count as frontends write it: `1`, `1-4` or `2+`.
    public var description: String {
        guard let maximum else { return "\(minimum)+" }
        return maximum == minimum ? "\(minimum)" : "\(minimum)-\(maximum)"
    }

    /// Encodes as the text of `description`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from text, or from a bare number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self), number > 0 {
            self.init(number)
            return
        }
        let text = try container.decode(String.self)
        guard let count = PlayerCount(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a player count: \(text)")
        }
        self = count
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
