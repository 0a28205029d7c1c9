/// Every benchmark suite, one line each.
enum BenchmarkCatalog {
    static let suites: [any BenchmarkSuite] = [
        MatchSuite()
    ]
}
