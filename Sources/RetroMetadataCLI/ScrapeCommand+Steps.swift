import ArgumentParser
import Foundation
import RetroMetadata
import RetroMetadataScan

extension ScrapeCommand {
    /// Identifies and fills every folder's games with one client, one progress bar over all games.
    func scrape(_ folders: [ScrapeFolder]) async throws -> [[ScrapedGame]] {
        let keys = try client.providerKeys()
        let scanner = RomScanner(hashCache: HashCommand.openHashCache(directory: client.cache.stateDirectory()))
        let refresh = refresh
        let progress = ProgressBar(total: folders.reduce(0) { $0 + $1.games.count }, label: "scrape")
        defer { progress.finish() }
        return try await client.withClient { client in
            var result: [[ScrapedGame]] = []
            for folder in folders {
                let job = ScrapeJob(platform: folder.platform, providers: keys, refresh: refresh)
                let games = try await job.run(
                    games: folder.games, scanner: scanner, client: client, existing: folder.existing
                ) { _ in progress.advance() }
                result.append(games)
            }
            return result
        }
    }
}
