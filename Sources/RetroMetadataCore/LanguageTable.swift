/// Language codes as ROM names write them: No-Intro's `(En,Fr,De)` and GoodTools' `[T+Eng]`.
public enum LanguageTable {
    /// Two-letter codes No-Intro and Redump use in language tags.
    public static let codes: Set<String> = [
        "en", "ja", "de", "fr", "es", "it", "nl", "pt", "sv", "ko", "zh", "no", "da", "fi", "pl", "ru",
        "el", "tr", "ca", "cs", "hu", "ar", "he", "pt-br", "zh-hans", "zh-hant",
    ]

    /// GoodTools' three-letter translation codes, mapped to two-letter codes.
    public static let goodTools: [String: String] = [
        "eng": "en", "spa": "es", "fre": "fr", "fra": "fr", "ger": "de", "deu": "de", "por": "pt", "bra": "pt",
        "ita": "it", "rus": "ru", "swe": "sv", "chi": "zh", "kor": "ko", "dut": "nl", "pol": "pl", "jap": "ja",
        "jpn": "ja", "gre": "el", "fin": "fi", "nor": "no", "dan": "da", "cat": "ca", "hun": "hu", "tur": "tr",
        "ara": "ar", "heb": "he",
    ]

    /// The languages a No-Intro language tag lists (`En,Fr` or `En+Fr`), or `nil` when it is not one.
    ///
    /// The reference only recognised single codes; every part of a list counts here. An all-capital
    /// tag whose parts are also region codes (`FR`) stays a region, as GoodTools-style names use it.
    public static func languages(inTag tag: String) -> [String]? {
        let parts = tag.split(whereSeparator: { $0 == "," || $0 == "+" }).map { String($0).trimmingSpaces }
        guard !parts.isEmpty, parts.allSatisfy({ codes.contains($0.lowercased()) }) else { return nil }
        let noIntroCase = parts.allSatisfy { part in
            part.first?.isUppercase == true && part.dropFirst().prefix(1).allSatisfy(\.isLowercase)
        }
        let allRegions = parts.allSatisfy { RegionTable.codes[$0.lowercased()] != nil }
        guard noIntroCase || !allRegions else { return nil }
        return parts.map { $0.lowercased() }
    }

    /// The language of a translation tag (`T+Eng`, `T-En by Someone`), or `nil` when it is not one.
    public static func translationLanguage(inTag tag: String) -> String? {
        let scalars = Array(tag.unicodeScalars)
        guard scalars.count >= 3, scalars[0] == "T", scalars[1] == "+" || scalars[1] == "-" else { return nil }
        let letters = String(
            String.UnicodeScalarView(scalars.dropFirst(2).prefix(while: { $0.properties.isAlphabetic }))
        )
        .lowercased()
        if let code = goodTools[letters] { return code }
        if codes.contains(letters) { return letters }
        return letters.isEmpty ? nil : letters
    }
}
