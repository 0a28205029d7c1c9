import Foundation

/// The reference normalisation of search terms (`normalize_search_term`): lower case, articles
/// removed, punctuation turned into spaces, accents stripped.
///
/// Character classes follow Python's Unicode-aware `\w` and `\s`, so accented letters survive
/// the punctuation step and then lose their accents.
public enum SearchTermNormalizer {
    /// Normalises a name; the two flags mirror the reference's `remove_articles` and `remove_punctuation`.
    public static func normalize(_ name: String, removeArticles: Bool = true, removePunctuation: Bool = true)
        -> String
    {
        var scalars = Array(name.lowercased().unicodeScalars).map { $0 == "_" ? " " : $0 }
        if removeArticles {
            scalars = removingLeadingArticle(scalars)
            scalars = removingCommaArticles(scalars)
        }
        if removePunctuation {
            var collapsed: [Unicode.Scalar] = []
            collapsed.reserveCapacity(scalars.count)
            for scalar in scalars {
                let kept = isWord(scalar) || isSpace(scalar) ? scalar : " "
                if isSpace(kept) {
                    if collapsed.last != " " { collapsed.append(" ") }
                } else {
                    collapsed.append(kept)
                }
            }
            scalars = collapsed
        }
        if scalars.contains(where: { $0.value > 127 }) {
            scalars = strippingMarks(scalars)
        }
        let start = scalars.firstIndex(where: { !isSpace($0) }) ?? scalars.endIndex
        let end = scalars.lastIndex(where: { !isSpace($0) }).map { $0 + 1 } ?? start
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<max(start, end)])
        return String(result)
    }

    /// Python's `\w` for text: letters, numbers and the underscore.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
                || value == 95
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Python's `\s` for text.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == " " || (scalar.value >= 9 && scalar.value <= 13)
                || (scalar.value >= 0x1C && scalar.value <= 0x1F)
        }
        return scalar.properties.isWhitespace
    }

    // Longest first gives the same result as the reference's backtracking alternation.
    private static let articles: [[Unicode.Scalar]] = ["the", "an", "a"].map { Array($0.unicodeScalars) }

    /// The length of an article starting at `index` and ending at a word boundary, if any.
    private static func articleLength(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        for article in articles {
            let end = index + article.count
            guard end <= scalars.count, Array(scalars[index..<end]) == article else { continue }
            if end == scalars.count || !isWord(scalars[end]) { return article.count }
        }
        return nil
    }

    private static func removingLeadingArticle(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let length = articleLength(in: scalars, at: 0) else { return scalars }
        return Array(scalars[length...])
    }

    /// Deletes `, the` (and `a`, `an`) when only punctuation or the end of the text follows.
    private static func removingCommaArticles(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == ",", index + 1 < scalars.count, isSpace(scalars[index + 1]),
                let length = articleLength(in: scalars, at: index + 2)
            {
                let afterArticle = index + 2 + length
                var next = afterArticle
                while next < scalars.count && isSpace(scalars[next]) { next += 1 }
                // The reference's lookahead: optional spaces then punctuation, or the very end.
                if afterArticle == scalars.count || (next < scalars.count && !isWord(scalars[next])) {
                    index += 2 + length
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return result
    }

    private static func strippingMarks(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let decomposed = String(view).decomposedStringWithCanonicalMapping
        return decomposed.unicodeScalars.filter { $0.properties.canonicalCombiningClass == .notReordered }
    }
}
