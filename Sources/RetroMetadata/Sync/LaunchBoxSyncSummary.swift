/// What a LaunchBox sync did (or, in a dry run, would do): the files, the media placed and one line per game.
public struct LaunchBoxSyncSummary: Encodable, Sendable {
    /// One game's outcome.
    public struct Game: Encodable, Sendable {
        /// The game's GUID.
        public var id: String
        /// Its title.
        public var title: String?
        /// Its `ApplicationPath`.
        public var path: String
        /// The ROM file it stands for, when one was found.
        public var rom: String?
        /// `added`, `updated`, `unchanged`, `restored`, `marked_missing`, `missing` or `pruned`.
        public var action: String
        /// How its ROM was identified (`hash`, `name`, `not_found`, `failed`), when it has one.
        public var identification: String?
        /// The provider of the match.
        public var provider: String?
        /// The fields filled (`summary`, `media.cover`, …).
        public var filled: [String]
        /// Provider failures for this game.
        public var errors: [String]
    }

    /// A LaunchBox file and what happens to it: `create`, `replace` or `unchanged`.
    public struct File: Encodable, Sendable {
        /// The file's path.
        public var path: String
        /// What happens to it.
        public var action: String
    }

    /// One media file placed under the LaunchBox folder.
    public struct Media: Encodable, Sendable {
        /// The game's GUID.
        public var game: String
        /// The media kind (`cover`, `screenshot`, …).
        public var kind: String
        /// The file it comes from.
        public var source: String
        /// Where it goes.
        public var destination: String
    }

    /// The LaunchBox folder.
    public var launchBox: String
    /// The ROM folder.
    public var roms: String
    /// The LaunchBox platform name.
    public var platform: String
    /// Whether nothing was written.
    public var dryRun: Bool
    /// The metadata files and what happens to each.
    public var files: [File]
    /// The media placed.
    public var media: [Media]
    /// One line per game that is new, has a ROM, or lost it.
    public var games: [Game]
    /// Files the scan could not read.
    public var scanIssues: [String]
    /// Repairs made while reading the LaunchBox files.
    public var repairs: [String]
    /// Games with a media download that failed (the failure is among the game's errors).
    public var mediaFailed = 0

    /// Games whose ROM could not be read or whose providers failed.
    public var failed: Int { games.filter { $0.identification == "failed" }.count }

    /// How many games had `action`.
    public func count(_ action: String) -> Int { games.filter { $0.action == action }.count }

    private enum CodingKeys: String, CodingKey {
        case launchBox = "launchbox", roms, platform, dryRun = "dry_run", counts, files, media, games
        case scanIssues = "scan_issues", repairs
    }

    /// Encodes the counts as one object beside the lists.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(launchBox, forKey: .launchBox)
        try container.encode(roms, forKey: .roms)
        try container.encode(platform, forKey: .platform)
        try container.encode(dryRun, forKey: .dryRun)
        var counts: [String: Int] = [
            "roms": games.filter { $0.rom != nil }.count, "failed": failed,
            "fields_filled": games.reduce(0) { $0 + $1.filled.count }, "media": media.count,
            "media_failed": mediaFailed,
        ]
        for action in ["added", "updated", "unchanged", "restored", "marked_missing", "missing", "pruned"] {
            counts[action] = count(action)
        }
        try container.encode(counts, forKey: .counts)
        try container.encode(files, forKey: .files)
        try container.encode(media, forKey: .media)
        try container.encode(games, forKey: .games)
        try container.encode(scanIssues, forKey: .scanIssues)
        try container.encode(repairs, forKey: .repairs)
    }
}
