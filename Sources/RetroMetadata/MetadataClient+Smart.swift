import RetroMetadataCore
import RetroMetadataProviders

extension MetadataClient {
    /// Identifies a ROM from its hashes and its file name together.
    ///
    /// An id tag pins the game. Otherwise a hash hit wins: `hash+name` when the cleaned names score at least
    /// 0.6, else `hash`. Without one and with `requireUnique`, the cleaned name is searched (five results per
    /// provider); games with the same normalised name count once; one game above its provider's threshold is
    /// `name_unique`; else the best is taken as `name_best` only when it scores at least 0.8 and leads the next
    /// by at least 0.2. Unlike the reference, candidates are ranked by score, not by provider order.
    /// Without `requireUnique` this is `identify(fileName:)`.
    public func identifySmart(
        fileName: String, hashes: FileHashes? = nil, platform: String? = nil, providers keys: [ProviderKey]? = nil,
        requireUnique: Bool = true
    ) async throws -> IdentifyOutcome {
        let entries = try selected(keys)
        let tagged = await pinnedByTag(fileName, entries)
        if tagged.game != nil { return tagged }
        var errors = tagged.errors
        if let hashes {
            var byHash = try await identifyByHash(hashes, fileName: fileName, platform: platform, providers: keys)
            errors += byHash.errors
            if var game = byHash.game, var match = game.match {
                let agreement = nameScorer.score(SearchTerm.from(fileName: fileName), game.name)
                match.type = agreement >= MatchThreshold.smartHashAndName ? .hashAndName : .hash
                game.match = match
                byHash.game = game
                byHash.errors = errors
                return byHash
            }
        }
        guard requireUnique else {
            var byName = try await identify(fileName: fileName, platform: platform, providers: keys)
            byName.errors = errors + byName.errors.filter { !errors.contains($0) }
            return byName
        }
        let term = SearchTerm.from(fileName: fileName)
        let found = try await search(term, platform: platform, providers: keys, limit: 5)
        errors += found.errors
        let candidates = Self.distinctCandidates(found.results)
        guard let decision = Self.decide(candidates) else {
            return IdentifyOutcome(candidates: candidates, errors: errors)
        }
        let winner = candidates[0]
        guard let provider = winner.provider, let id = winner.id else {
            return IdentifyOutcome(candidates: candidates, errors: errors)
        }
        do {
            guard var game = try await game(provider: provider, id: id) else {
                return IdentifyOutcome(candidates: candidates, errors: errors)
            }
            game.match = MatchInfo(
                provider: provider, score: winner.score, type: decision, runnersUp: Array(candidates.dropFirst()))
            return IdentifyOutcome(game: game, candidates: candidates, errors: errors)
        } catch {
            errors.append(ProviderFailure(provider: provider, operation: "get", error: error))
            return IdentifyOutcome(candidates: candidates, errors: errors)
        }
    }

    /// Search results as candidates, best first, one per normalised name (the higher-priority provider's
    /// result kept, since results arrive in priority order and the sort is stable).
    static func distinctCandidates(_ results: [SearchResult]) -> [MatchInfo.Candidate] {
        var seen = Set<String>()
        var candidates: [MatchInfo.Candidate] = []
        for result in results {
            let key = SearchTermNormalizer.normalize(result.name)
            guard seen.insert(key).inserted else { continue }
            candidates.append(
                MatchInfo.Candidate(name: result.name, id: result.id, score: result.score, provider: result.provider))
        }
        return candidates.enumerated().sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }
            .map(\.element)
    }

    /// How the best of `candidates` (best first) is accepted, or `nil` when the name is not decisive.
    static func decide(_ candidates: [MatchInfo.Candidate]) -> MatchType? {
        let passing = candidates.filter { $0.score >= MatchThreshold.minScore(for: $0.provider ?? "") }
        guard let best = candidates.first, passing.first == best else { return nil }
        if passing.count == 1 { return .nameUnique }
        let runnerUp = candidates[1].score
        // The tolerance keeps 1.0 - 0.8 (0.19999...) from missing a 0.2 lead by a rounding error.
        let lead = best.score - runnerUp + 1e-9
        let clear = best.score >= MatchThreshold.smartNameBest && lead >= MatchThreshold.smartNameGap
        return clear ? .nameBest : nil
    }
}
