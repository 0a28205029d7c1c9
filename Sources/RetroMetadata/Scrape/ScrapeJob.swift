import Foundation
import RetroMetadataCore
import RetroMetadataScan

/// A scrape of ROM files: hash (through the hash cache), identify (id tag, hash, local sources, then names, in
/// the client's provider order), fetch details, and fill the gaps of each ROM's existing library entry.
public struct ScrapeJob: Sendable {
    /// The universal platform slug, when known.
    public var platform: String?
    /// Only these providers, or `nil` for every enabled one.
    public var providers: [ProviderKey]?
    /// Replace existing values with the providers' instead of filling only gaps (user flags and play data stay).
    public var refresh: Bool
    /// Games identified at once (at least 1); each provider's own rate limit and concurrency still apply.
    public var jobs: Int

    /// Games identified at once unless told otherwise.
    public static let defaultJobs = 4

    /// A scrape over `platform` with `providers`, `jobs` games at a time.
    public init(
        platform: String? = nil, providers: [ProviderKey]? = nil, refresh: Bool = false,
        jobs: Int = ScrapeJob.defaultJobs
    ) {
        self.platform = platform
        self.providers = providers
        self.refresh = refresh
        self.jobs = max(1, jobs)
    }

    /// Scrapes `files`, grouped into games first (a cue sheet with its tracks, the discs of one game, a playlist);
    /// `existing` gives the current entry for a ROM file name, `onEach` reports each game done.
    public func run(
        _ files: [RomFile], scanner: RomScanner, client: MetadataClient, existing: [String: LibraryEntry],
        onEach: (Int) -> Void = { _ in }
    ) async throws -> [ScrapedGame] {
        let games = RomGrouper().group(files).games
        return try await run(games: games, scanner: scanner, client: client, existing: existing, onEach: onEach)
    }

    /// One game: identified, detailed and merged into its existing entry.
    func scrape(
        _ subject: ScrapeSubject, hashing: Result<[HashRecord], ScanError>, client: MetadataClient,
        existing: [String: LibraryEntry]
    ) async throws -> ScrapedGame {
        let path = subject.entryPath
        let before = subject.existingEntry(in: existing) ?? LibraryEntry(kind: .game, path: path)
        let records: [HashRecord]
        switch hashing {
        case .success(let found): records = found
        case .failure(let error):
            let failure = ProviderFailure(provider: "scan", operation: "hash", code: "io", message: "\(error)")
            return ScrapedGame(
                path: subject.reportedPath, entry: before, identification: .failed, errors: [failure],
                discs: subject.discs)
        }
        let hashes = records.max { $0.hashes.size < $1.hashes.size }?.hashes
        let outcome = try await client.identifySmart(
            fileName: subject.identifyingName, hashes: hashes, platform: platform, providers: providers)
        guard let found = outcome.game else {
            let identification: ScrapedGame.Identification = outcome.errors.isEmpty ? .notFound : .failed
            return ScrapedGame(
                path: subject.reportedPath, entry: before, identification: identification, errors: outcome.errors,
                discs: subject.discs)
        }
        let detailed = try await client.details(of: found, providers: providers)
        let scraped = subject.naming(detailed.game.libraryEntry(path: before.path.isEmpty ? path : before.path))
        // Gaps only: the existing entry's values win; with refresh the providers' win. Flags are never cleared.
        let entry = refresh ? before.merging(scraped) : scraped.merging(before)
        let type = found.match?.type
        let byHash = type == .hash || type == .hashAndName || type == .idTag
        return ScrapedGame(
            path: subject.reportedPath, entry: entry, identification: byHash ? .hash : .name, match: found.match,
            filledFields: before.changedFields(to: entry), errors: outcome.errors + detailed.errors,
            discs: subject.discs, offered: detailed.game.media)
    }
}
