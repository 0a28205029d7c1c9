import Foundation

/// A title reduced to what identifies a game, for matching: lower case, no accents, no
/// punctuation or articles, roman numerals as digits, `&` as `and`, split into the main title
/// and its subtitles.
///
/// `Legend of Zelda, The - A Link to the Past`, `The Legend of Zelda: A Link to the Past` and
/// `legend of zelda - link to the past` all give the same key.
public struct TitleKey: Hashable, Sendable {
    /// Words of each part (main title first, then subtitles), as scalar arrays.
    public let segments: [[[UInt32]]]
    /// All words without spaces: the form keys are compared in.
    public let compact: [UInt32]
    /// The main title's words without spaces.
    public let mainCompact: [UInt32]
    /// Words that hold digits, sorted (`2`, `64`, `2k20`): sequels differ here.
    public let numbers: [[UInt32]]
    /// Digit words of the main title only, sorted.
    public let mainNumbers: [[UInt32]]
    /// All words sorted, to recognise reordered parts.
    public let sortedWords: [[UInt32]]
    /// Letters and digits of the title as written, articles kept: breaks ties between titles with one key
    /// (`Brave Racer` and `The Brave Racer`).
    public let literal: [UInt32]

    /// True when the title has a subtitle.
    public var hasSubtitle: Bool { segments.count > 1 }

    /// Builds the key of a title (a scraper's title or a `RomName.displayTitle`).
    public init(_ title: String) {
        let folded = TitleKey.folded(title)
        literal = folded.filter { SearchTermNormalizer.isWord($0) && $0 != "_" }.map(\.value)
        var segments = TitleKey.words(of: folded)
        segments = segments.map(TitleKey.canonicalWords).filter { !$0.isEmpty }
        self.segments = segments
        let all = segments.flatMap { $0 }
        compact = all.flatMap { $0 }
        mainCompact = segments.first?.flatMap { $0 } ?? []
        let isNumber: ([UInt32]) -> Bool = { $0.contains { $0 >= 48 && $0 <= 57 } }
        numbers = all.filter(isNumber).sorted { $0.lexicographicallyPrecedes($1) }
        mainNumbers = (segments.first ?? []).filter(isNumber).sorted { $0.lexicographicallyPrecedes($1) }
        sortedWords = all.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Lower case without accents.
    static func folded(_ title: String) -> [Unicode.Scalar] {
        let lower = title.lowercased()
        guard lower.unicodeScalars.contains(where: { !$0.isASCII }) else { return Array(lower.unicodeScalars) }
        return lower.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.canonicalCombiningClass == .notReordered
        }
    }

    /// Splits folded text into parts and words; an article after a comma is dropped here.
    static func words(of scalars: [Unicode.Scalar]) -> [[[UInt32]]] {
        var segments: [[[UInt32]]] = [[]]
        var word: [UInt32] = []
        var afterComma = false
        func endWord() {
            guard !word.isEmpty else { return }
            let text = String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init)))
            // `Legend of Zelda, The`: the article moved behind the title is dropped like a leading one.
            if !(afterComma && RomName.movedArticles.contains(text)) { segments[segments.count - 1].append(word) }
            word = []
            afterComma = false
        }
        func endSegment() {
            endWord()
            if !(segments.last?.isEmpty ?? true) { segments.append([]) }
        }
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "'", "\u{2019}", "`", "\u{00B4}", ".":
                // Apostrophes and dots join (`Yoshi's` = `Yoshis`, `S.T.U.N.` = `STUN`).
                continue
            case ":", "~", "(", ")", "[", "]", "|", "\u{2013}", "\u{2014}":
                endSegment()
            case "-"
            where index > 0 && index + 1 < scalars.count && scalars[index - 1] == " "
                && scalars[index + 1] == " ":
                endSegment()
            case ",":
                endWord()
                afterComma = true
            case "&", "+":
                endWord()
                segments[segments.count - 1].append(Array("and".unicodeScalars.map(\.value)))
            default:
                if SearchTermNormalizer.isWord(scalar) && scalar != "_" {
                    word.append(scalar.value)
                } else {
                    // A space right after the comma keeps the article rule armed; anything else ends it.
                    let keep = afterComma && word.isEmpty && scalar == " "
                    endWord()
                    afterComma = keep
                }
            }
        }
        endWord()
        if segments.last?.isEmpty == true { segments.removeLast() }
        return segments
    }
}
