extension PlatformCatalog {
    /// The slugs of the platforms whose names are closest to `name`, best first, for "did you mean" hints.
    ///
    /// Each platform scores by its best-matching name (slug, alias, frontend or display name): the
    /// edit-distance similarity of the two lookup keys, raised to 0.75 when one key begins with the
    /// other. Platforms scoring under `minimumScore` are left out.
    public func suggestions(for name: String, limit: Int = 3, minimumScore: Double = 0.5) -> [String] {
        let query = PlatformCatalog.lookupKey(name)
        guard !query.isEmpty, limit > 0 else { return [] }
        var best: [String: Double] = [:]
        for (key, slug) in lookupKeys {
            var score = PlatformCatalog.similarity(query, key)
            if min(query.count, key.count) >= 3, key.hasPrefix(query) || query.hasPrefix(key) {
                score = max(score, 0.75)
            }
            if score >= minimumScore, score > best[slug, default: 0] { best[slug] = score }
        }
        let order = Dictionary(uniqueKeysWithValues: platforms.enumerated().map { ($0.element.slug, $0.offset) })
        return best.sorted { lhs, rhs in
            lhs.value != rhs.value ? lhs.value > rhs.value : order[lhs.key, default: 0] < order[rhs.key, default: 0]
        }.prefix(limit).map(\.key)
    }

    /// 1 minus the edit distance over the longer length: 1 for equal strings, 0 for nothing shared.
    static func similarity(_ lhs: String, _ rhs: String) -> Double {
        let longer = max(lhs.count, rhs.count)
        guard longer > 0 else { return 1 }
        return 1 - Double(editDistance(Array(lhs.unicodeScalars), Array(rhs.unicodeScalars))) / Double(longer)
    }

    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring characters each cost 1 (so the typo `snse` is one edit from `snes`).
    static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
        guard !lhs.isEmpty else { return rhs.count }
        guard !rhs.isEmpty else { return lhs.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: rhs.count + 1), count: lhs.count + 1)
        for row in 0...lhs.count { table[row][0] = row }
        for column in 0...rhs.count { table[0][column] = column }
        for row in 1...lhs.count {
            for column in 1...rhs.count {
                let cost = lhs[row - 1] == rhs[column - 1] ? 0 : 1
                var distance = min(
                    table[row - 1][column] + 1, table[row][column - 1] + 1, table[row - 1][column - 1] + cost)
                if row > 1, column > 1, lhs[row - 1] == rhs[column - 2], lhs[row - 2] == rhs[column - 1] {
                    distance = min(distance, table[row - 2][column - 2] + 1)
                }
                table[row][column] = distance
            }
        }
        return table[lhs.count][rhs.count]
    }
}
