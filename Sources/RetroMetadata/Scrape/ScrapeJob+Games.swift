import RetroMetadataCore
import RetroMetadataScan

extension ScrapeJob {
    /// Scrapes grouped games (`RomGrouper`): each is hashed by its first disc, identified once and returned as one
    /// `ScrapedGame` (a multi-disc game's entry points at its playlist); `onEach` reports each game done.
    public func run(
        games: [RomGame], scanner: RomScanner, client: MetadataClient, existing: [String: LibraryEntry],
        onEach: (Int) -> Void = { _ in }
    ) async throws -> [ScrapedGame] {
        let subjects = games.map(ScrapeSubject.init)
        let files = subjects.flatMap(\.hashedFiles)
        var outcomes = [HashOutcome?](repeating: nil, count: files.count)
        _ = await scanner.hash(files) { index, outcome in outcomes[index] = outcome }
        var scraped: [ScrapedGame] = []
        var start = 0
        for (index, subject) in subjects.enumerated() {
            let count = subject.hashedFiles.count
            let mine = outcomes[start..<start + count].compactMap { $0 }
            start += count
            guard mine.count == count else { continue }
            scraped.append(
                try await scrape(subject, hashing: ScrapeSubject.combined(mine), client: client, existing: existing))
            onEach(index + 1)
        }
        return scraped
    }
}
