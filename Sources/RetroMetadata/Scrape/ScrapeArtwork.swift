import Foundation
import RetroMetadataArtwork
import RetroMetadataCore

/// The artwork step of a scrape: each wanted kind's best online asset downloaded into the artwork store, so the
/// writer places the stored file into every frontend layout (hard link, image rules applied) as it places local media.
public struct ScrapeArtwork: Sendable {
    /// Where downloads go: content-addressed, each URL fetched once, also across runs.
    public let store: ArtworkStore
    /// The kinds to obtain.
    public var kinds: Set<MediaKind>
    /// Ranks the assets the providers offered.
    public var selector: ArtworkSelector
    /// Download even when the ROM already has a file of the kind.
    public var refresh: Bool
    /// Download nothing; record what would be downloaded in `ScrapedGame.pendingMedia`.
    public var dryRun: Bool
    /// Downloads at once (each source's own rate limit still applies).
    public var maxConcurrent: Int

    /// An artwork step over `store`.
    public init(
        store: ArtworkStore, kinds: Set<MediaKind>, selector: ArtworkSelector = ArtworkSelector(),
        refresh: Bool = false, dryRun: Bool = false, maxConcurrent: Int = 8
    ) {
        self.store = store
        self.kinds = kinds
        self.selector = selector
        self.refresh = refresh
        self.dryRun = dryRun
        self.maxConcurrent = maxConcurrent
    }

    /// `games` with each wanted kind's best online asset stored and set as the entry's media (the stored file's
    /// absolute path). Skipped unless refreshing: kinds the entry already has a file for, and kinds `present` lists
    /// for the ROM's path (every target already holds one). A failed download becomes an error of its ROM
    /// (operation `media`); the others go on.
    public func fetch(_ games: [ScrapedGame], present: [String: Set<MediaKind>] = [:]) async -> [ScrapedGame] {
        var games = games
        var jobs: [ArtworkJob] = []
        var owners: [Int] = []
        for (index, game) in games.enumerated() {
            for kind in kinds.sorted() where refresh || !has(kind, game, present: present) {
                let candidates = selector.ranked(kind, in: [game.offered]).filter { Self.isOnline($0.url) }
                guard let best = candidates.first else { continue }
                // A URL fetched by an earlier run is in the store: a dry run can use it without a request.
                if dryRun, let known = try? store.stored(url: best.url) {
                    games[index].entry.media[kind] = known.path
                } else if dryRun {
                    games[index].pendingMedia[kind] = Self.withoutQuery(best.url)
                } else {
                    jobs.append(ArtworkJob(game: game.path, kind: kind, candidates: candidates))
                    owners.append(index)
                }
            }
        }
        let outcomes = await store.obtainAll(jobs, maxConcurrent: maxConcurrent)
        for (owner, (job, outcome)) in zip(owners, zip(jobs, outcomes)) {
            switch outcome.result {
            case .success(let stored): games[owner].entry.media[job.kind] = stored.artwork.path
            case .failure(let error):
                games[owner].errors.append(
                    ProviderFailure(
                        provider: job.candidates.last?.provider ?? "artwork", operation: "media",
                        code: error.code.rawValue, message: "\(job.kind.rawValue): \(error)"))
            }
        }
        return games
    }

    /// Whether `game` already has a file of `kind`: in its entry (relative to the ROM's folder) or in every target.
    private func has(_ kind: MediaKind, _ game: ScrapedGame, present: [String: Set<MediaKind>]) -> Bool {
        if present[game.path]?.contains(kind) == true { return true }
        guard let path = game.entry.media[kind], !Self.isOnline(path) else { return false }
        let folder = URL(fileURLWithPath: game.path).deletingLastPathComponent()
        let absolute = path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
        return FileManager.default.fileExists(atPath: absolute)
    }

    /// Whether `url` is an http or https address (the only ones downloaded).
    static func isOnline(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// `url` without query and fragment, where media URLs may carry credentials.
    static func withoutQuery(_ url: String) -> String {
        String(url.prefix { $0 != "?" && $0 != "#" })
    }
}
