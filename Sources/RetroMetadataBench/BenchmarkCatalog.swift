/// Every benchmark suite, one line each.
enum BenchmarkCatalog {
    static let suites: [any BenchmarkSuite] = [
        XMLSuite(),
        MetadataSuite(),
        HashSuite(),
        MatchSuite(),
        ConvertSuite(),
        ScrapeSuite(),
        ArtworkSuite(),
    ]
}
