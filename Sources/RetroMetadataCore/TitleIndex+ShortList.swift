extension TitleIndex {
    /// The titles worth scoring for a query: the exact key first, then those sharing the most trigrams.
    func shortList(for query: TitleKey) -> [Int] {
        let grams = TitleIndex.trigrams(query.compact)
        var counts = [UInt16](repeating: 0, count: titles.count)
        var touched: [Int32] = []
        // Trigrams found in a quarter of all titles say little and cost the most; skip them.
        let common = max(256, titles.count / 4)
        for gram in grams {
            guard let list = postings[gram], list.count <= common || grams.count <= 2 else { continue }
            for id in list {
                if counts[Int(id)] == 0 { touched.append(id) }
                counts[Int(id)] &+= 1
            }
        }
        let queryCount = Double(max(grams.count, 1))
        // Rank only the titles with the most shared trigrams: a count histogram gives the cutoff
        // without sorting everything touched.
        var histogram = [Int](repeating: 0, count: grams.count + 1)
        for id in touched { histogram[min(Int(counts[Int(id)]), grams.count)] += 1 }
        var cutoff = grams.count
        var kept = histogram[cutoff]
        while cutoff > 1 && kept < shortListSize * 4 {
            cutoff -= 1
            kept += histogram[cutoff]
        }
        let minimum = UInt16(max(cutoff, grams.count / 3, 1))
        var ranked: [(rank: Double, index: Int)] = []
        for id in touched where counts[Int(id)] >= minimum {
            let shared = Double(counts[Int(id)])
            let dice = 2 * shared / (queryCount + Double(trigramCounts[Int(id)]))
            ranked.append((shared / queryCount + dice, Int(id)))
        }
        ranked.sort { $0.rank > $1.rank || ($0.rank == $1.rank && $0.index < $1.index) }
        var list = ranked.prefix(shortListSize).map(\.index)
        if let exactIndex = exact[query.compact], !list.contains(exactIndex) { list.insert(exactIndex, at: 0) }
        return list
    }
}

extension TitleIndex {
    /// Matches one ROM file name against a few titles without keeping an index around.
    public static func match(_ fileName: String, among titles: [String]) -> TitleMatch {
        TitleIndex(titles: titles).match(fileName: fileName)
    }
}
