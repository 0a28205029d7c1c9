import ArgumentParser
import Foundation
import RetroMetadataCore

/// `retro-metadata match`: scores candidate titles against a query the way the reference does.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Score candidate titles against a query (Jaro-Winkler of the normalised names).",
        discussion: "The best candidate is the highest score at or above --min-score; the earlier one wins ties."
    )

    @Flag(help: "Print the result as one JSON object.")
    var json = false

    @Option(name: .customLong("min-score"), help: "Lowest score accepted as a match, 0...1.")
    var minScore = BestMatch.defaultMinScore

    @Argument(help: "The name to look for.")
    var query: String

    @Argument(help: "Candidate titles.")
    var candidates: [String]

    func validate() throws {
        guard (0...1).contains(minScore) else {
            throw ValidationError("--min-score must be between 0 and 1, got \(minScore)")
        }
        guard !candidates.isEmpty else { throw ValidationError("give at least one CANDIDATE after the QUERY") }
    }

    func run() throws {
        let result = MatchReport(query: query, candidates: candidates, minScore: minScore)
        if json {
            try JSONLines().emit(result)
            return
        }
        var table = TextTable(headers: ["CANDIDATE", "SCORE", "BEST"])
        for (index, entry) in result.scores.enumerated() {
            let isBest = result.bestIndex == index
            table.rows.append([entry.candidate, String(format: "%.6f", entry.score), isBest ? "*" : ""])
        }
        print(table.render(), terminator: "")
        if result.best == nil { print("no candidate reached \(minScore)") }
    }
}
