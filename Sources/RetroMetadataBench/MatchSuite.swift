import RetroMetadataCore

/// Name matching: index 50,000 titles, match 10,000 messy ROM names, and the reference scan for contrast.
struct MatchSuite: BenchmarkSuite {
    let name = "match"
    let summary = "TitleIndex build and matching of messy ROM names; reference find_best_match scan"

    func run(quick: Bool, runs: Int) throws -> [BenchmarkMeasurement] {
        let titleCount = quick ? 2_000 : 50_000
        let nameCount = quick ? 200 : 10_000
        let referenceCount = quick ? 20 : 200
        let corpus = TitleCorpus(titleCount: titleCount, nameCount: nameCount)

        let build = BenchmarkMeasurement.timeWithPeak(runs: runs) { TitleIndex(titles: corpus.titles) }
        let index = build.result
        let matching = BenchmarkMeasurement.timeWithPeak(runs: runs) {
            corpus.names.map { index.match(fileName: $0.file) }
        }
        var decided = 0
        var correct = 0
        for (match, name) in zip(matching.result, corpus.names) where match.decided {
            decided += 1
            if match.index == name.title { correct += 1 }
        }
        let precision = decided == 0 ? 1 : Double(correct) / Double(decided)
        let recall = Double(correct) / Double(max(corpus.names.count, 1))

        // The reference scans every title per name; its keys are prepared once so only the scan is timed.
        let sample = corpus.names.prefix(referenceCount)
        let referenceKeys = corpus.titles.map(Self.referenceKey)
        let reference = BenchmarkMeasurement.timeWithPeak(runs: max(1, runs / 2)) {
            sample.map {
                BestMatch.find(
                    key: Self.referenceKey(RomName(parsing: $0.file).name), among: corpus.titles, keys: referenceKeys,
                    minScore: BestMatch.defaultMinScore)
            }
        }
        return [
            BenchmarkMeasurement(
                suite: name, name: "index \(titleCount) titles", items: titleCount, seconds: build.seconds,
                cpuSeconds: build.cpu,
                peakMemory: build.peak),
            BenchmarkMeasurement(
                suite: name, name: "match \(nameCount) names", items: nameCount, seconds: matching.seconds,
                cpuSeconds: matching.cpu,
                peakMemory: matching.peak,
                notes: [
                    "decided": String(decided), "precision": String(format4(precision)),
                    "recall": String(format4(recall)),
                ]),
            BenchmarkMeasurement(
                suite: name, name: "reference scan \(referenceCount) names", items: referenceCount,
                seconds: reference.seconds, cpuSeconds: reference.cpu, peakMemory: reference.peak),
        ]
    }

    private static func referenceKey(_ text: String) -> [UInt32] {
        SearchTermNormalizer.normalize(text).unicodeScalars.map(\.value)
    }

    private func format4(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}
