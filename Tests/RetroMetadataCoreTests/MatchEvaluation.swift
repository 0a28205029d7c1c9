import RetroMetadataCore

/// Precision and recall of a title picker over collections of (file name, chosen title) pairs.
struct MatchEvaluation {
    /// One collection: the titles it offers and the files with the title each should get.
    struct Collection {
        var name: String
        var titles: [String]
        var pairs: [(file: String, title: String)]
    }

    /// Counts of one run.
    struct Outcome: CustomStringConvertible {
        var total = 0
        var picks = 0
        var correct = 0
        var wrong: [String] = []

        var precision: Double { picks == 0 ? 1 : Double(correct) / Double(picks) }
        var recall: Double { total == 0 ? 0 : Double(correct) / Double(total) }

        var description: String {
            let p = (precision * 10000).rounded() / 10000
            let r = (recall * 10000).rounded() / 10000
            return "pairs \(total), picks \(picks), correct \(correct): precision \(p), recall \(r)"
        }
    }

    var collections: [Collection]

    /// Runs a picker that gets the file name and the collection's index and returns a title or nothing.
    func run(_ pick: (String, TitleIndex) -> String?) -> Outcome {
        var outcome = Outcome()
        for collection in collections {
            let index = TitleIndex(titles: collection.titles)
            for pair in collection.pairs {
                outcome.total += 1
                guard let picked = pick(pair.file, index) else { continue }
                outcome.picks += 1
                if picked == pair.title {
                    outcome.correct += 1
                } else {
                    outcome.wrong.append("\(collection.name): \(pair.file) -> \(picked) (want \(pair.title))")
                }
            }
        }
        return outcome
    }

    /// The reference matcher: clean the file name, then `find_best_match` at 0.75.
    static func referencePick(_ file: String, _ index: TitleIndex) -> String? {
        BestMatch.find(RomName(parsing: file).name, among: index.titles).candidate
    }

    /// This package's matcher: decided matches only.
    static func titleIndexPick(_ file: String, _ index: TitleIndex) -> String? {
        index.match(fileName: file).decidedTitle
    }
}
