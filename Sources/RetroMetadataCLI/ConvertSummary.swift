import RetroMetadataCore

/// The JSON `convert --json` prints.
struct ConvertSummary: Encodable {
    /// A metadata file and what happens to it: `create`, `replace` or `unchanged`.
    struct FileChange: Encodable {
        let path: String
        let action: String
    }

    /// A media file placed (or, in a dry run, that would be).
    struct MediaChange: Encodable {
        let entry: String
        let kind: String
        let source: String
        let destination: String
        let action: String
    }

    /// The fields one entry carries into the target (dry run only).
    struct EntryFields: Encodable {
        let path: String
        let fields: [String]

        init(_ entry: LibraryEntry) {
            path = entry.path
            var names: [String] = []
            let optional: [(String, Any?)] = [
                ("name", entry.name), ("sortname", entry.sortName), ("desc", entry.summary),
                ("releasedate", entry.releaseDate),
                ("developer", entry.developer), ("publisher", entry.publisher), ("genre", entry.genre),
                ("players", entry.playersText), ("rating", entry.rating), ("playcount", entry.playCount),
                ("playtime", entry.playTime), ("lastplayed", entry.lastPlayed), ("region", entry.region),
                ("language", entry.language),
            ]
            names += optional.compactMap { $0.1 == nil ? nil : $0.0 }
            names += [
                ("favorite", entry.favorite), ("hidden", entry.hidden), ("kidgame", entry.kidGame),
                ("completed", entry.completed), ("broken", entry.broken),
            ].filter(\.1).map(\.0)
            names += entry.media.keys.sorted().map { "media." + $0.rawValue }
            names += entry.fields.map(\.name)
            fields = names
        }
    }

    let source: String
    let from: String
    let to: String
    let platform: String
    let entries: Int
    let outputs: [String]
    let repairs: Int
    let dryRun: Bool
    let files: [FileChange]
    let media: [MediaChange]
    let fields: [EntryFields]?

    /// The human form.
    func printText() {
        let verb = dryRun ? "would convert" : "converted"
        print("\(verb) \(entries) entries from \(from) to \(to): " + outputs.joined(separator: ", "))
        guard dryRun else {
            if !media.isEmpty { print("placed \(media.count) media files") }
            return
        }
        for file in files { print("\(file.action) \(file.path)") }
        for file in media { print("\(file.action) \(file.destination) (\(file.kind) of \(file.entry))") }
        for entry in fields ?? [] { print("  \(entry.path): \(entry.fields.joined(separator: ", "))") }
    }
}
