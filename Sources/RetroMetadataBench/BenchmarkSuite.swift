/// One group of benchmarks, such as `match`; suites are listed in `BenchmarkCatalog`.
protocol BenchmarkSuite: Sendable {
    /// The name given on the command line.
    var name: String { get }
    /// One line saying what the suite measures.
    var summary: String { get }
    /// Runs the suite; `quick` shrinks the work to a smoke-sized version.
    func run(quick: Bool, runs: Int) throws -> [BenchmarkMeasurement]
}
