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

    /// A scrape over `platform` with `providers`.
    public init(platform: String? = nil, providers: [ProviderKey]? = nil, refresh: Bool = false) {
        self.platform = platform
        self.providers = providers
        self.refresh = refresh
    }

    /// Scrapes `files`; `existing` gives the current entry for a ROM file name, `onEach` reports each ROM done.
    public func run(
        _ files: [RomFile], scanner: RomScanner, client: MetadataClient, existing: [String: LibraryEntry],
        onEach: (Int) -> Void = { _ in }
    ) async throws -> [ScrapedGame] {
        var outcomes = [HashOutcome?](repeating: nil, count: files.count)
        _ = await scanner.hash(files) { index, outcome in outcomes[index] = outcome }
        var games: [ScrapedGame] = []
        for (index, hashing) in outcomes.enumerated() {
            guard let hashing else { continue }
            games.append(try await scrape(hashing, client: client, existing: existing))
            onEach(index + 1)
        }
        return games
    }

    /// One ROM: identified, detailed and merged into its existing entry.
    private func scrape(_ hashing: HashOutcome, client: MetadataClient, existing: [String: LibraryEntry])
        async throws -> ScrapedGame
    {
        let file = hashing.file
        let path = "./" + file.fileName
        let before = existing[file.fileName] ?? LibraryEntry(kind: .game, path: path)
        let records: [HashRecord]
        switch hashing.result {
        case .success(let found): records = found
        case .failure(let error):
            let failure = ProviderFailure(provider: "scan", operation: "hash", code: "io", message: "\(error)")
            return ScrapedGame(path: file.path, entry: before, identification: .failed, errors: [failure])
        }
        let hashes = records.max { $0.hashes.size < $1.hashes.size }?.hashes
        let outcome = try await client.identifySmart(
            fileName: file.fileName, hashes: hashes, platform: platform, providers: providers)
        guard let found = outcome.game else {
            let identification: ScrapedGame.Identification = outcome.errors.isEmpty ? .notFound : .failed
            return ScrapedGame(path: file.path, entry: before, identification: identification, errors: outcome.errors)
        }
        let detailed = try await client.details(of: found, providers: providers)
        let scraped = detailed.game.libraryEntry(path: before.path.isEmpty ? path : before.path)
        // Gaps only: the existing entry's values win; with refresh the providers' win. Flags are never cleared.
        let entry = refresh ? before.merging(scraped) : scraped.merging(before)
        let type = found.match?.type
        let byHash = type == .hash || type == .hashAndName || type == .idTag
        return ScrapedGame(
            path: file.path, entry: entry, identification: byHash ? .hash : .name, match: found.match,
            filledFields: before.changedFields(to: entry), errors: outcome.errors + detailed.errors,
            offered: detailed.game.media)
    }
}
