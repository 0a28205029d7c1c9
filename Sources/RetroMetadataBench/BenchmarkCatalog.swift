/// Every benchmark suite, one line each.
enum BenchmarkCatalog {
    // `convert` and `scrape` join this list once their pipelines land on main; they are not stubbed here.
    static let suites: [any BenchmarkSuite] = [
        XMLSuite(),
        MetadataSuite(),
        HashSuite(),
        MatchSuite(),
        ArtworkSuite(),
    ]
}
