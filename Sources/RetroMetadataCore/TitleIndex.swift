/// A list of titles prepared for fast matching: a trigram index picks a short list of likely
/// titles, `TitleScorer` scores them, and a margin rule decides or abstains.
///
/// Build it once per collection or platform; `match` is safe to call from many tasks at once.
public struct TitleIndex: Sendable {
    /// The titles as given.
    public let titles: [String]
    /// Their keys, in the same order.
    let keys: [TitleKey]
    /// The first title of each compact key.
    let exact: [[UInt32]: Int]
    /// Title positions by trigram of the compact key.
    let postings: [UInt64: [Int32]]
    /// Distinct trigram count of each title.
    let trigramCounts: [Int32]
    /// How titles are scored.
    public var scorer = TitleScorer()
    /// The lowest score that can be decided.
    public var acceptScore = 0.9
    /// How far the runner-up must trail the winner for a decision.
    public var margin = 0.03
    /// How many titles from the trigram short list are scored.
    public var shortListSize = 40

    /// Indexes a list of titles.
    public init(titles: [String]) {
        self.titles = titles
        keys = titles.map(TitleKey.init)
        var exact: [[UInt32]: Int] = [:]
        var postings: [UInt64: [Int32]] = [:]
        var counts: [Int32] = []
        counts.reserveCapacity(titles.count)
        for (index, key) in keys.enumerated() {
            if exact[key.compact] == nil { exact[key.compact] = index }
            let grams = TitleIndex.trigrams(key.compact)
            counts.append(Int32(grams.count))
            for gram in grams { postings[gram, default: []].append(Int32(index)) }
        }
        self.exact = exact
        self.postings = postings
        trigramCounts = counts
    }

    /// Matches a ROM file name (its display title) against the titles.
    public func match(fileName: String) -> TitleMatch {
        match(key: TitleKey(RomName(parsing: fileName).displayTitle))
    }

    /// Matches a title as written against the titles.
    public func match(title: String) -> TitleMatch {
        match(key: TitleKey(title))
    }

    /// Matches a prepared key against the titles.
    public func match(key query: TitleKey) -> TitleMatch {
        guard !query.compact.isEmpty, !titles.isEmpty else { return .none }
        let scored = shortList(for: query).map { (index: $0, score: scorer.score(query, keys[$0])) }
        var best: (index: Int, score: Double)?
        for entry in scored {
            if let current = best,
                entry.score < current.score || (entry.score == current.score && entry.index > current.index)
            {
                continue
            }
            best = entry
        }
        guard var best else { return .none }
        // Equal keys are decided unless another title has an equal key too; others need the margin.
        var runnerUp = 0.0
        var tied: [Int] = []
        for entry in scored {
            if keys[entry.index].compact != keys[best.index].compact {
                runnerUp = max(runnerUp, entry.score)
            } else if titles[entry.index] != titles[best.index] {
                tied.append(entry.index)
            }
        }
        var decided = best.score >= acceptScore && (best.score == 1 ? runnerUp < 1 : best.score - runnerUp >= margin)
        if !tied.isEmpty {
            // Different titles with one key: only the title spelled like the query can be decided.
            let spelled = ([best.index] + tied).filter { keys[$0].literal == query.literal }
            if let first = spelled.min(), Set(spelled.map { titles[$0] }).count == 1 {
                best.index = first
            } else {
                decided = false
            }
        }
        return TitleMatch(
            index: best.index, title: titles[best.index], score: best.score, runnerUpScore: runnerUp,
            decided: decided)
    }

    /// Distinct trigrams of a compact key padded with a boundary mark on both sides, packed in 63 bits.
    static func trigrams(_ scalars: [UInt32]) -> [UInt64] {
        let padded = [0] + scalars + [0]
        guard padded.count >= 3 else { return [] }
        var grams: [UInt64] = []
        grams.reserveCapacity(padded.count - 2)
        for offset in 0..<(padded.count - 2) {
            let high = UInt64(padded[offset]) << 42
            let middle = UInt64(padded[offset + 1]) << 21
            grams.append(high | middle | UInt64(padded[offset + 2]))
        }
        grams.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(grams.count)
        for gram in grams where gram != unique.last { unique.append(gram) }
        return unique
    }
}
