extension LibraryEntry {
    /// This entry updated from `newer`: every value `newer` has replaces ours, and nothing `newer` lacks is erased.
    ///
    /// "Has" means non-nil, non-empty, or `true` for flags (a missing flag and `false` look the
    /// same in most files, so a flag is only ever set, never cleared, by a merge).
    public func merging(_ newer: LibraryEntry) -> LibraryEntry {
        var result = self
        func take<Value>(_ path: WritableKeyPath<LibraryEntry, Value?>) {
            if let value = newer[keyPath: path] { result[keyPath: path] = value }
        }
        if !newer.path.isEmpty { result.path = newer.path }
        take(\.name)
        take(\.sortName)
        take(\.summary)
        take(\.releaseDate)
        take(\.developer)
        take(\.publisher)
        take(\.genre)
        if newer.players != nil || newer.unparsedPlayers != nil {
            (result.players, result.unparsedPlayers) = (newer.players, newer.unparsedPlayers)
        }
        take(\.rating)
        take(\.playCount)
        take(\.playTime)
        take(\.lastPlayed)
        take(\.region)
        take(\.language)
        take(\.scraperID)
        take(\.launchBoxID)
        take(\.databaseID)
        for flag in [\LibraryEntry.favorite, \.hidden, \.kidGame, \.completed, \.broken] where newer[keyPath: flag] {
            result[keyPath: flag] = true
        }
        result.media.merge(newer.media) { _, new in new }
        for field in newer.fields { result.setField(field.name, to: field.value) }
        if !newer.scrapeDates.isEmpty { result.scrapeDates = newer.scrapeDates }
        if !newer.alternateNames.isEmpty { result.alternateNames = newer.alternateNames }
        if !newer.customFields.isEmpty { result.customFields = newer.customFields }
        for attribute in newer.unknownAttributes where !result.unknownAttributes.contains(attribute) {
            result.unknownAttributes.append(attribute)
        }
        for element in newer.unknownElements where !result.unknownElements.contains(element) {
            result.unknownElements.append(element)
        }
        return result
    }
}
