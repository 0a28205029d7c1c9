extension RomName {
    /// Articles that file names move behind the title (`Legend of Zelda, The`).
    static let movedArticles: Set<String> = [
        "the", "a", "an", "die", "der", "das", "le", "la", "les", "el", "il", "los", "las",
    ]

    /// The title as a person writes it: `Legend of Zelda, The - A Link to the Past` becomes
    /// `The Legend of Zelda: A Link to the Past`.
    ///
    /// Articles after a comma move back to the front of their part, the first ` - ` becomes `: `,
    /// and names made of underscores get spaces.
    public var displayTitle: String { RomName.displayTitle(of: name) }

    /// The display form of any title written in file-name style.
    public static func displayTitle(of title: String) -> String {
        var text = title
        if !text.contains(" "), text.contains("_") {
            text = text.split(separator: "_", omittingEmptySubsequences: true).joined(separator: " ")
        }
        var parts: [String] = []
        var separators: [String] = []
        var remaining = Substring(text)
        while let range = firstSeparator(in: remaining) {
            parts.append(String(remaining[..<range.lowerBound]))
            separators.append(String(remaining[range]))
            remaining = remaining[range.upperBound...]
        }
        parts.append(String(remaining))
        parts = parts.map(movingArticleToFront)
        var result = parts[0]
        for (index, separator) in separators.enumerated() {
            result += (index == 0 && separator == " - " ? ": " : separator) + parts[index + 1]
        }
        return result
    }

    private static func firstSeparator(in text: Substring) -> Range<Substring.Index>? {
        let dash = text.firstRange(of: " - ")
        let colon = text.firstRange(of: ": ")
        switch (dash, colon) {
        case (let dash?, let colon?): return dash.lowerBound < colon.lowerBound ? dash : colon
        case (let dash?, nil): return dash
        case (nil, let colon?): return colon
        case (nil, nil): return nil
        }
    }

    /// `Legend of Zelda, The` → `The Legend of Zelda`; other text is returned as it is.
    private static func movingArticleToFront(_ part: String) -> String {
        guard let comma = part.ranges(of: ", ").last else { return part }
        let article = part[comma.upperBound...]
        guard movedArticles.contains(article.lowercased()) else { return part }
        return article + " " + part[..<comma.lowerBound]
    }
}
