/// One of TheGamesDB's id → name tables (genres, developers, publishers), fetched on first use and kept;
/// a failed fetch is tried again next time.
actor NameDirectory {
    private let fetch: @Sendable () async throws -> [Int: String]
    private var table: [Int: String]?

    /// Creates a directory reading its table with `fetch`.
    init(fetch: @escaping @Sendable () async throws -> [Int: String]) {
        self.fetch = fetch
    }

    /// The names of `ids` in order, unknown ids skipped; fetches the table on first use.
    func names(_ ids: [Int]) async throws -> [String] {
        guard !ids.isEmpty else { return [] }
        if table == nil { table = try await fetch() }
        return ids.compactMap { table?[$0] }
    }
}
