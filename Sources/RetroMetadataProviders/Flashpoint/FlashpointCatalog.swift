/// Where Flashpoint entries come from: the local database or the online search API.
protocol FlashpointCatalog: Sendable {
    /// Entries whose title resembles `term`, at most `limit`.
    func search(_ term: String, limit: Int) async throws -> [FlashpointGame]
    /// The entry with UUID `id`.
    func game(id: String) async throws -> FlashpointGame?
}
