extension BenchmarkMeasurement: Decodable {
    /// Reads a measurement as `encode(to:)` writes it (a suite's child process reports this way).
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        suite = try container.decode(String.self, forKey: .suite)
        name = try container.decode(String.self, forKey: .name)
        items = try container.decode(Int.self, forKey: .items)
        unit = try container.decode(String.self, forKey: .unit)
        seconds = try container.decode([Double].self, forKey: .seconds)
        cpuSeconds = try container.decode([Double].self, forKey: .cpuSeconds)
        peakMemory = try container.decodeIfPresent(Int.self, forKey: .peakMemory)
        notes = try container.decode([String: String].self, forKey: .notes)
    }
}
