import Foundation

extension BenchmarkMeasurement {
    /// The measurement as a row of the human table: suite, name, median, CPU median, throughput, peak memory, notes.
    var tableRow: [String] {
        let notes = notes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        guard ran else { return [suite, name, "-", "-", "-", "-", notes] }
        let rate =
            unit == "bytes"
            ? String(format: "%.1f MB/s", throughput / 1_048_576) : String(format: "%.0f", throughput) + " \(unit)/s"
        let memory = peakMemory.map { String(format: "%.0f MB", Double($0) / 1_048_576) } ?? "n/a"
        let cpu = cpuMedian.map { String(format: "%.3f s", $0) } ?? "n/a"
        return [suite, name, String(format: "%.3f s", median), cpu, rate, memory, notes]
    }
}
