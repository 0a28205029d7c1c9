import RetroMetadataCore
import RetroMetadataProviders

extension MetadataClient {
    /// Searches every provider (or those in `keys`) for `query`, each with its own platform id for `platform`.
    ///
    /// Every result is scored against `query` with the client's scorer so scores compare across providers.
    public func search(
        _ query: String, platform: String? = nil, providers keys: [ProviderKey]? = nil, limit: Int = 10
    ) async throws -> SearchOutcome {
        let entries = try selected(keys)
        let answers = await fanOut(entries, operation: "search") { entry in
            try await entry.search(
                query, platform: platform, platformID: self.platformID(for: entry.key, platform: platform), limit: limit)
        }
        var results: [SearchResult] = []
        for answer in answers {
            let scored = (answer.value ?? []).map { result in
                var result = result
                result.score = nameScorer.score(query, result.name)
                return result
            }
            // Within a provider: best score first, the provider's own order breaking ties.
            results += scored.enumerated().sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }
                .map(\.element)
        }
        return SearchOutcome(results: results, errors: answers.compactMap(\.failure))
    }
}
