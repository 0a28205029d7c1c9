extension TitleKey {
    /// Roman numerals written as words, II to XX (not `X`: `Mega Man X` is no tenth game).
    static let romanNumerals: [String: String] = [
        "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
        "xi": "11", "xii": "12", "xiii": "13", "xiv": "14", "xv": "15", "xvi": "16", "xvii": "17",
        "xviii": "18", "xix": "19", "xx": "20",
    ]

    /// Words that mean the same thing written differently.
    static let synonyms: [String: String] = ["versus": "vs", "n": "and", "brothers": "bros"]

    /// Articles dropped at the start of every part.
    static let leadingArticles: Set<String> = ["the", "a", "an"]

    /// One part's words in canonical spelling: no leading article, numerals as digits, synonyms unified.
    static func canonicalWords(_ words: [[UInt32]]) -> [[UInt32]] {
        var result: [[UInt32]] = []
        for (index, word) in words.enumerated() {
            let text = String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init)))
            if index == 0, words.count > 1, leadingArticles.contains(text) { continue }
            if let digits = romanNumerals[text] ?? synonyms[text] {
                result.append(digits.unicodeScalars.map(\.value))
            } else if text == "i", index == words.count - 1, index > 0 {
                // A lone `I` ends a title only as a numeral (`Star Wars Episode I`).
                result.append([49])
            } else {
                result.append(word)
            }
        }
        return result
    }
}
