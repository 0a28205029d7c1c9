/// The timings of one benchmark: several runs of the same work.
struct BenchmarkMeasurement: Encodable, Sendable {
    /// The suite it belongs to.
    var suite: String
    /// What was timed.
    var name: String
    /// How many items one run handles (names matched, titles indexed).
    var items: Int
    /// Seconds of each run.
    var seconds: [Double]
    /// Extra facts about the result (decided matches, precision), shown beside the timing.
    var notes: [String: String] = [:]

    /// The median run time in seconds.
    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Items per second at the median.
    var throughput: Double { median > 0 ? Double(items) / median : 0 }

    enum CodingKeys: String, CodingKey {
        case suite, name, items, seconds, median, throughput, notes
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(suite, forKey: .suite)
        try container.encode(name, forKey: .name)
        try container.encode(items, forKey: .items)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(median, forKey: .median)
        try container.encode(throughput, forKey: .throughput)
        try container.encode(notes, forKey: .notes)
    }

    /// Times `body` `runs` times; the last run's return value is kept by the caller through `result`.
    static func time<Result>(runs: Int, _ body: () throws -> Result) rethrows -> (seconds: [Double], result: Result) {
        var seconds: [Double] = []
        var last: Result?
        let clock = ContinuousClock()
        for _ in 0..<max(runs, 1) {
            var value: Result?
            let elapsed = try clock.measure { value = try body() }
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            last = value
        }
        return (seconds, last!)
    }
}
