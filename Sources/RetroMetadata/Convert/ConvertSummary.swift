import RetroMetadataCore

/// The JSON `convert --json` prints.
public struct ConvertSummary: Encodable, Sendable {
    /// A metadata file and what happens to it: `create`, `replace` or `unchanged`.
    public struct FileChange: Encodable, Sendable {
        public let path: String
        public let action: String
    }

    /// A media file placed (or, in a dry run, that would be).
    public struct MediaChange: Encodable, Sendable {
        public let entry: String
        public let kind: String
        public let source: String
        public let destination: String
        public let action: String
    }

    /// The fields one entry carries into the target (dry run only).
    public struct EntryFields: Encodable, Sendable {
        public let path: String
        public let fields: [String]

        public init(_ entry: LibraryEntry) {
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

    public let source: String
    public let from: String
    public let to: String
    public let platform: String
    public let entries: Int
    public let outputs: [String]
    public let repairs: Int
    public let dryRun: Bool
    public let files: [FileChange]
    public let media: [MediaChange]
    public let fields: [EntryFields]?
}

extension ConvertSummary {
    /// This summary with `media` as its media list.
    func replacingMedia(_ media: [MediaChange]) -> ConvertSummary {
        ConvertSummary(
            source: source, from: from, to: to, platform: platform, entries: entries, outputs: outputs,
            repairs: repairs, dryRun: dryRun, files: files, media: media, fields: fields)
    }
}
