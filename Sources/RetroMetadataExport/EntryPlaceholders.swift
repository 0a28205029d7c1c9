import RetroMetadataCore

/// One entry's placeholder values for media paths, worked out once and shared by the paths of all its media kinds.
public struct EntryPlaceholders: Sendable {
    /// The entry's ROM file name parts.
    let file: RomFileName
    /// Sanitised values by placeholder name (`ext` aside, which each path adds).
    let values: [String: String]
}

extension MediaLayout {
    /// The placeholder values of `entry` in this layout.
    public func placeholders(for entry: LibraryEntry) -> EntryPlaceholders {
        var values = baseValues
        let file = RomFileName(path: entry.path)
        values["rom_stem"] = PathSanitizer.component(file.stem)
        values["rom_file"] = PathSanitizer.component(file.name)
        let safe = PathSanitizer.component(safeTitle(entry.name ?? file.stem))
        values["title_safe"] = safe
        values["label_safe"] = safe
        return EntryPlaceholders(file: file, values: values)
    }
}
