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

    /// A collection's titles, prepared for both matchers.
    struct Prepared {
        var index: TitleIndex
        var referenceKeys: [[UInt32]]
    }

    /// Runs a picker that gets the file name and the collection's prepared titles and returns a title or nothing.
    func run(_ pick: (String, Prepared) -> String?) -> Outcome {
        var outcome = Outcome()
        for collection in collections {
            let index = Prepared(
                index: TitleIndex(titles: collection.titles),
                referenceKeys: collection.titles.map { SearchTermNormalizer.normalize($0).unicodeScalars.map(\.value) })
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
    static func referencePick(_ file: String, _ prepared: Prepared) -> String? {
        let key = SearchTermNormalizer.normalize(RomName(parsing: file).name).unicodeScalars.map(\.value)
        return BestMatch.find(
            key: key, among: prepared.index.titles, keys: prepared.referenceKeys, minScore: BestMatch.defaultMinScore
        ).candidate
    }

    /// This package's matcher: decided matches only.
    static func titleIndexPick(_ file: String, _ prepared: Prepared) -> String? {
        prepared.index.match(fileName: file).decidedTitle
    }
}
