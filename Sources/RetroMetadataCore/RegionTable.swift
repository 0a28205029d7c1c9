/// Region tokens as they appear in ROM name tags, mapped to short region codes (`us`, `eu`, `jp`, `wor`, ...).
public enum RegionTable {
    /// The reference table (No-Intro words and short codes), lower-case token to region code.
    public static let codes: [String: String] = [
        "usa": "us", "u": "us", "us": "us", "america": "us",
        "world": "wor", "w": "wor", "wor": "wor",
        "europe": "eu", "e": "eu", "eu": "eu", "eur": "eu",
        "japan": "jp", "j": "jp", "jp": "jp", "jpn": "jp", "jap": "jp",
        "korea": "kr", "k": "kr", "kr": "kr", "kor": "kr",
        "china": "cn", "ch": "cn", "cn": "cn", "chn": "cn",
        "taiwan": "tw", "tw": "tw",
        "asia": "as", "as": "as",
        "australia": "au", "au": "au",
        "brazil": "br", "br": "br",
        "france": "fr", "fr": "fr",
        "germany": "de", "de": "de", "ger": "de",
        "italy": "it", "it": "it",
        "spain": "es", "es": "es", "spa": "es",
        "netherlands": "nl", "nl": "nl",
        "sweden": "se", "se": "se",
        "russia": "ru", "ru": "ru",
        // Beyond the reference: GoodTools country letters and a few No-Intro countries.
        "uk": "uk", "united kingdom": "uk", "canada": "ca", "hong kong": "hk", "hk": "hk",
        "a": "au", "c": "cn", "f": "fr", "g": "de", "i": "it", "s": "es", "sw": "se", "b": "br",
        "scandinavia": "eu", "portugal": "pt", "finland": "fi", "denmark": "dk", "norway": "no",
        "greece": "gr", "poland": "pl", "mexico": "mx", "latin america": "mx",
    ]

    /// GoodTools multi-country codes such as `JUE` or `UE`: every letter names a country.
    static let goodToolsLetters: [Character: String] = ["J": "jp", "U": "us", "E": "eu"]

    /// The region codes one tag names, in order; empty when the tag is not a region tag.
    ///
    /// `(USA, Europe)` gives `us, eu`; GoodTools `(JUE)` gives `jp, us, eu`.
    public static func regions(inTag tag: String) -> [String] {
        let trimmed = tag.trimmingSpaces
        if trimmed.count >= 2, trimmed.count <= 3, trimmed.allSatisfy({ goodToolsLetters[$0] != nil }) {
            return trimmed.compactMap { goodToolsLetters[$0] }
        }
        return trimmed.lowercased().split(separator: ",").compactMap { codes[String($0).trimmingSpaces] }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
