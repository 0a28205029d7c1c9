/// The timings of one benchmark: several runs of the same work.
struct BenchmarkMeasurement: Encodable, Sendable {
    /// The suite it belongs to.
    var suite: String
    /// What was timed.
    var name: String
    /// How many items one run handles (names matched, titles indexed, bytes hashed).
    var items: Int
    /// What one item is; `bytes` makes the throughput MB/s.
    var unit: String = "items"
    /// Seconds of each run; empty when the benchmark could not run (an external tool not installed).
    var seconds: [Double]
    /// CPU seconds (user + system, all threads) of each run, when measured; steadier than wall time under load.
    var cpuSeconds: [Double] = []
    /// The highest peak resident memory of the runs in bytes, when it was measured.
    var peakMemory: Int? = nil
    /// Extra facts about the result (decided matches, precision, ratio to a reference tool), shown beside the timing.
    var notes: [String: String] = [:]

    /// The median run time in seconds.
    var median: Double { Self.median(of: seconds) }

    /// The median of `values` (0 when empty).
    static func median(of values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The median CPU seconds, when measured.
    var cpuMedian: Double? { cpuSeconds.isEmpty ? nil : Self.median(of: cpuSeconds) }

    /// Items per second at the median (bytes per second for `bytes`).
    var throughput: Double { median > 0 ? Double(items) / median : 0 }

    /// Whether it ran.
    var ran: Bool { !seconds.isEmpty }

    /// A benchmark of an external tool that is not installed.
    static func notInstalled(suite: String, name: String, tool: String) -> BenchmarkMeasurement {
        BenchmarkMeasurement(
            suite: suite, name: name, items: 0, seconds: [], notes: ["status": "\(tool) not installed"])
    }

    /// This measurement with `ratio` (its median over `reference`'s) noted, when both ran.
    func comparing(to reference: BenchmarkMeasurement) -> BenchmarkMeasurement {
        guard ran, reference.ran, reference.median > 0 else { return self }
        var copy = self
        let tool = reference.name.split(separator: " ").first ?? ""
        copy.notes["time_vs_\(tool)"] = String((median / reference.median * 100).rounded() / 100)
        if let cpu = cpuMedian, let referenceCPU = reference.cpuMedian, referenceCPU > 0 {
            copy.notes["cpu_vs_\(tool)"] = String((cpu / referenceCPU * 100).rounded() / 100)
        }
        return copy
    }

    enum CodingKeys: String, CodingKey {
        case suite, name, items, unit, seconds, median, throughput, notes
        case cpuSeconds = "cpu_seconds", cpuMedian = "cpu_median", peakMemory = "peak_memory"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(suite, forKey: .suite)
        try container.encode(name, forKey: .name)
        try container.encode(items, forKey: .items)
        try container.encode(unit, forKey: .unit)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(median, forKey: .median)
        try container.encode(throughput, forKey: .throughput)
        try container.encode(cpuSeconds, forKey: .cpuSeconds)
        try container.encode(cpuMedian, forKey: .cpuMedian)
        try container.encode(peakMemory, forKey: .peakMemory)
        try container.encode(notes, forKey: .notes)
    }
}
