/// The disc, side or part a ROM file holds within a multi-part game, read from tags such as
/// `(Disc 1)`, `(Disc 2 of 3)`, `(CD1)`, `(Disk B)` or `(Side A)`.
public struct DiscTag: Hashable, Sendable {
    /// One-based number of this part (`Side B` and `Disk B` are 2).
    public var number: Int
    /// Total parts, when the tag says (`Disc 2 of 3`).
    public var total: Int?

    /// Creates a disc tag.
    public init(number: Int, total: Int? = nil) {
        self.number = number
        self.total = total
    }

    /// Reads the disc from one tag's contents (without brackets); `nil` when it is not a disc tag.
    public init?(tag: String) {
        let words = tag.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).map(String.init)
        guard let first = words.first else { return nil }
        // "CD1", "Disc1", "Disk1" run the word and number together.
        for prefix in DiscTag.prefixes where first.hasPrefix(prefix) && first.count > prefix.count {
            guard words.count == 1, let number = DiscTag.partNumber(String(first.dropFirst(prefix.count))) else {
                return nil
            }
            self.init(number: number)
            return
        }
        guard DiscTag.prefixes.contains(first) || first == "side", words.count == 2 || words.count == 4 else {
            return nil
        }
        guard let number = DiscTag.partNumber(words[1]) else { return nil }
        var total: Int?
        if words.count == 4 {
            guard words[2] == "of", let count = Int(words[3]), count >= number else { return nil }
            total = count
        }
        self.init(number: number, total: total)
    }

    /// Finds the first disc tag among a file name's `(...)` and `[...]` groups.
    public init?(fileName: String) {
        var depth: Character?
        var current = ""
        for character in fileName {
            if depth == nil, character == "(" || character == "[" {
                depth = character
                current = ""
            } else if depth != nil, character == ")" || character == "]" {
                depth = nil
                if let tag = DiscTag(tag: current) {
                    self = tag
                    return
                }
            } else if depth != nil {
                current.append(character)
            }
        }
        return nil
    }

    private static let prefixes = ["disc", "disk", "cd", "dvd", "gd"]

    /// A part number written as digits (`1`) or a letter (`A` is 1).
    private static func partNumber(_ text: String) -> Int? {
        if let number = Int(text), number > 0, number < 100 { return number }
        guard text.count == 1, let scalar = text.unicodeScalars.first, ("a"..."z").contains(scalar) else {
            return nil
        }
        return Int(scalar.value - UnicodeScalar("a").value) + 1
    }
}
