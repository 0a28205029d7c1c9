import RetroMetadataCore
import RetroMetadataScan

extension ScrapeJob {
    /// Scrapes grouped games (`RomGrouper`): each is hashed by its first disc, identified once and returned as one
    /// `ScrapedGame` (a multi-disc game's entry points at its playlist). Up to `jobs` games are identified at once;
    /// the results, `onEach` (each game done, by its 1-based position) and a thrown error follow the games' order,
    /// as a one-at-a-time run has them; `onScraped` sees each game just before its `onEach` (for progress counts).
    public func run(
        games: [RomGame], scanner: RomScanner, client: MetadataClient, existing: [String: LibraryEntry],
        onEach: (Int) -> Void = { _ in }, onScraped: (ScrapedGame) -> Void = { _ in }
    ) async throws -> [ScrapedGame] {
        let subjects = games.map(ScrapeSubject.init)
        let files = subjects.flatMap(\.hashedFiles)
        var outcomes = [HashOutcome?](repeating: nil, count: files.count)
        _ = await scanner.hash(files) { index, outcome in outcomes[index] = outcome }
        var work: [HashedSubject] = []
        var start = 0
        for (index, subject) in subjects.enumerated() {
            let count = subject.hashedFiles.count
            let mine = outcomes[start..<start + count].compactMap { $0 }
            start += count
            guard mine.count == count else { continue }
            work.append(HashedSubject(position: index + 1, subject: subject, hashing: ScrapeSubject.combined(mine)))
        }
        return try await scrape(work, client: client, existing: existing) { position, game in
            onScraped(game)
            onEach(position)
        }
    }

    /// One game ready to identify: its 1-based position among the games given, its hashes or hashing failure.
    struct HashedSubject: Sendable {
        let position: Int
        let subject: ScrapeSubject
        let hashing: Result<[HashRecord], ScanError>
    }

    /// Scrapes `work` with at most `jobs` games in flight, a new one starting as soon as one ends; finished games are
    /// taken in `work`'s order, so the first game that throws (in that order) ends the run with its error.
    private func scrape(
        _ work: [HashedSubject], client: MetadataClient, existing: [String: LibraryEntry],
        onEach: (Int, ScrapedGame) -> Void
    ) async throws -> [ScrapedGame] {
        try await withThrowingTaskGroup(of: (Int, Result<ScrapedGame, any Error>).self) { group in
            var scraped: [ScrapedGame] = []
            var finished: [Int: Result<ScrapedGame, any Error>] = [:]
            var next = 0
            var running = 0
            let limit = max(1, jobs)
            while scraped.count < work.count {
                while next < work.count, running < limit {
                    let index = next
                    let item = work[index]
                    group.addTask {
                        do {
                            let game = try await scrape(
                                item.subject, hashing: item.hashing, client: client, existing: existing)
                            return (index, .success(game))
                        } catch {
                            return (index, .failure(error))
                        }
                    }
                    next += 1
                    running += 1
                }
                guard let (index, result) = try await group.next() else { break }
                running -= 1
                finished[index] = result
                while let ready = finished.removeValue(forKey: scraped.count) {
                    let game = try ready.get()
                    scraped.append(game)
                    onEach(work[scraped.count - 1].position, game)
                }
            }
            return scraped
        }
    }
}
