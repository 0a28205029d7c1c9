/// TheGamesDB's genre id → name table, fetched once on first use and kept (a failed fetch is retried later).
actor GenreDirectory {
    private let fetch: @Sendable () async throws -> [Int: String]
    private var names: [Int: String]?

    /// Creates a directory reading the table with `fetch`.
    init(fetch: @escaping @Sendable () async throws -> [Int: String]) {
        self.fetch = fetch
    }

    /// The table, fetching it on first use.
    func names() async throws -> [Int: String] {
        if let names { return names }
        let fetched = try await fetch()
        names = fetched
        return fetched
    }
}
