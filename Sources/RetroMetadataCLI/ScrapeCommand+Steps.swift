import ArgumentParser
import Foundation
import RetroMetadata
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataScan

extension ScrapeCommand {
    /// What a scrape produced: every ROM's result and every frontend write.
    struct Outcome: Sendable {
        var games: [ScrapedGame] = []
        var conversions: [ConvertSummary] = []
    }

    /// Identifies, fetches artwork for and writes one folder after the other, one client and one progress bar over
    /// all games. Resumable: answers, hashes and downloads are saved as they arrive and each folder is written as soon
    /// as it is done, so a re-run after an interruption only asks for what was not finished.
    func scrape(_ folders: [ScrapeFolder], targets: [Frontend], writer: ScrapeWriter, asked: Set<MediaKind>?)
        async throws -> Outcome
    {
        let keys = try client.providerKeys()
        let scanner = RomScanner(hashCache: HashCommand.openHashCache(directory: client.cache.stateDirectory()))
        let refresh = refresh
        let jobs = try parallel.count(config: client.config)
        let progress = ProgressBar(total: folders.reduce(0) { $0 + $1.games.count }, label: "scrape")
        defer { progress.finish() }
        return try await client.withArtworkClient(targets: targets, asked: asked, refresh: refresh, dryRun: dryRun) {
            client, artwork in
            var result = Outcome()
            for folder in folders {
                let job = ScrapeJob(platform: folder.platform, providers: keys, refresh: refresh, jobs: jobs)
                var games = try await job.run(
                    games: folder.games, scanner: scanner, client: client, existing: folder.existing,
                    onEach: { _ in progress.advance() },
                    onScraped: { progress.count($0.identification.progressStage) })
                if !mediaOptions.noDownload {
                    // Reading the targets' media only pays when something could be downloaded.
                    let offers = !refresh && games.contains { !$0.offered.isEmpty }
                    let present = offers ? try writer.presentMedia(games, folder: folder, targets: targets) : [:]
                    games = await artwork.fetch(games, present: present)
                }
                var filled = [[String]](repeating: [], count: games.count)
                for target in targets {
                    let outcome = try writer.apply(games, folder: folder, target: target)
                    result.conversions.append(outcome.conversion)
                    progress.count("media", outcome.conversion.media.count)
                    for (index, names) in outcome.filled.enumerated() {
                        filled[index] += names.filter { !filled[index].contains($0) }
                    }
                }
                // Filled counts against each target's own file: a second run into the same output fills nothing.
                for index in games.indices { games[index].filledFields = filled[index] }
                result.games += games
            }
            return result
        }
    }
}
