import ArgumentParser
import Foundation
import RetroMetadata
import RetroMetadataCore

/// `retro-metadata search`: one query at every enabled provider at once, merged in priority order.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every enabled provider for a game name.",
        discussion: """
            Results come in provider priority order, then by score (the query's similarity to the name). \
            A provider that fails is reported on standard error and the exit status is 3; the others' \
            results are still printed.
            """)

    @Flag(help: "Print one JSON object per result.")
    var json = false

    @Option(help: "Most results per provider.")
    var limit = 10

    @OptionGroup var client: ClientOptions

    @Argument(help: "The game name to look for.")
    var query: String

    func run() async throws {
        let platform = try client.platformSlug()
        let keys = try client.providerKeys()
        let outcome = try await client.withClient { client in
            try await client.search(query, platform: platform, providers: keys, limit: limit)
        }
        if json {
            for result in outcome.results { print(try Self.line(result).text) }
        } else {
            var table = TextTable(headers: ["PROVIDER", "ID", "NAME", "YEAR", "SCORE"])
            for result in outcome.results {
                table.rows.append([
                    result.provider.rawValue, result.id, result.name, result.releaseYear.map(String.init) ?? "",
                    String(format: "%.3f", result.score),
                ])
            }
            print(table.render(), terminator: "")
        }
        for failure in outcome.errors { HashCommand.warn("warning: \(failure)") }
        if !outcome.errors.isEmpty { throw ExitCode.partialFailure }
    }

    /// One result as JSON: provider, id, name, score, release_year, platforms, cover_url.
    static func line(_ result: SearchResult) throws -> OrderedJSONObject {
        var object = OrderedJSONObject()
        try object.add("provider", result.provider.rawValue)
        try object.add("id", result.id)
        try object.add("name", result.name)
        try object.add("score", rounded(result.score))
        try object.add("release_year", result.releaseYear)
        try object.add("platforms", result.platforms)
        try object.add("cover_url", result.coverURL)
        return object
    }

    /// A score with four decimals, so JSON output stays readable and stable.
    static func rounded(_ score: Double) -> Double { (score * 10_000).rounded() / 10_000 }
}
