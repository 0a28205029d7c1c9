import RetroMetadataCore
import RetroMetadataProviders

extension MetadataClient {
    /// The full record of `game` from every provider that knows one of its ids, merged field by field
    /// into `existing` (kept where set unless `refresh`); `game`'s own record counts as its provider's.
    public func details(
        of game: Game, existing: Game? = nil, refresh: Bool = false, providers keys: [ProviderKey]? = nil
    ) async throws -> (game: Game, errors: [ProviderFailure]) {
        let own = game.match?.provider
        let entries = try selected(keys).filter { $0.key != own && game.ids[$0.key] != nil }
        let answers = await fanOut(entries, operation: "get") { entry in
            try await entry.provider.game(id: game.ids[entry.key] ?? "")
        }
        var records: [(key: ProviderKey, game: Game)] = own.map { [($0, game)] } ?? []
        for answer in answers {
            if let record = answer.value ?? nil { records.append((answer.entry.key, record)) }
        }
        var merged = merger.merge(records, into: existing, refresh: refresh) ?? game
        merged.match = game.match
        return (merged, answers.compactMap(\.failure))
    }
}
