import RetroMetadataCore
import RetroMetadataScan

/// One game a scrape identifies: the files hashed, the name identified and the entry path, for a single
/// ROM as for the discs of a multi-disc game (identified once, by its first disc, as one entry).
struct ScrapeSubject: Sendable {
    /// The game as grouped.
    let game: RomGame
    /// Its discs and playlist, when it has several discs or a playlist.
    let discs: ScrapedDiscs?

    /// The subject of `game`.
    init(_ game: RomGame) {
        self.game = game
        discs = ScrapedDiscs(game: game)
    }

    /// The files hashed: the first disc's sheet and tracks (or image), or every file of a one-disc game.
    var hashedFiles: [RomFile] {
        guard discs != nil, let first = game.discs.first, let start = game.files.firstIndex(of: first) else {
            return game.files
        }
        let next = game.discs.dropFirst().first.flatMap { game.files.firstIndex(of: $0) }
        return Array(game.files[start..<max(start + 1, next ?? game.files.count)])
    }

    /// The file name identification reads: a multi-disc game's title with its first disc's extension.
    var identifyingName: String {
        guard discs != nil, let first = game.discs.first else { return game.primary.fileName }
        return game.title + "." + first.fileExtension
    }

    /// The entry's path, relative to the ROM folder: the playlist of a multi-disc game, else the ROM.
    var entryPath: String { "./" + (discs?.playlistName ?? game.primary.fileName) }

    /// The path reported for the game: the user's playlist, else the first disc or the ROM.
    var reportedPath: String { game.primary.path }

    /// The folder's entry for this game: the playlist's, else (for a multi-disc game) the first visible disc's.
    func existingEntry(in existing: [String: LibraryEntry]) -> LibraryEntry? {
        guard let discs else { return existing[game.primary.fileName] }
        if let entry = existing[discs.playlistName] { return entry }
        // A disc entry hidden by an earlier scrape is not the game's: its values would hide the game.
        guard let first = game.discs.first, var entry = existing[first.fileName], !entry.hidden else { return nil }
        entry.path = entryPath
        return entry
    }

    /// `entry` named for the whole game: a multi-disc game's name loses the disc tag its first disc carried.
    func naming(_ entry: LibraryEntry) -> LibraryEntry {
        guard discs != nil else { return entry }
        var entry = entry
        entry.name = entry.name.map(RomGrouper.removingDiscTag(from:))
        return entry
    }

    /// The hashing result of the game from its files' outcomes: the first failure, else every record.
    static func combined(_ outcomes: [HashOutcome]) -> Result<[HashRecord], ScanError> {
        var records: [HashRecord] = []
        for outcome in outcomes {
            switch outcome.result {
            case .success(let found): records += found
            case .failure(let error): return .failure(error)
            }
        }
        return .success(records)
    }
}
