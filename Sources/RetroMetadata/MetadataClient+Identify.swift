import RetroMetadataCore
import RetroMetadataProviders

extension MetadataClient {
    /// Identifies a ROM by file name: every provider is asked, the highest-priority match wins and the
    /// other providers' matches become its runners-up. An id tag such as `(igdb-1234)` pins the game.
    public func identify(
        fileName: String, platform: String? = nil, providers keys: [ProviderKey]? = nil
    ) async throws -> IdentifyOutcome {
        let entries = try selected(keys)
        let tagged = await pinnedByTag(fileName, entries)
        if tagged.game != nil { return tagged }
        let answers = await fanOut(entries, operation: "identify") { entry in
            try await entry.identify(
                fileName: fileName, platform: platform, platformID: self.platformID(for: entry.key, platform: platform))
        }
        var outcome = Self.firstByPriority(answers, type: nil)
        outcome.errors = tagged.errors + outcome.errors
        return outcome
    }

    /// Identifies a ROM by its hashes with every hash-capable provider; the highest-priority hit wins.
    public func identifyByHash(
        _ hashes: FileHashes, fileName: String? = nil, platform: String? = nil, providers keys: [ProviderKey]? = nil
    ) async throws -> IdentifyOutcome {
        let entries = try selected(keys).filter { $0.hashing != nil }
        let answers = await fanOut(entries, operation: "hash") { entry in
            try await entry.hashing?.identify(
                hashes: hashes, fileName: fileName, platformID: self.platformID(for: entry.key, platform: platform))
        }
        return Self.firstByPriority(answers, type: .hash)
    }

    /// The game named by an id tag in `fileName` for one of `entries` (priority order), fetched by id;
    /// without a game when there is no tag or no tagged id was found (failures are kept).
    func pinnedByTag(_ fileName: String, _ entries: [ClientProvider]) async -> IdentifyOutcome {
        var errors: [ProviderFailure] = []
        for entry in entries {
            guard let prefix = IDTagPrefix.byProvider[entry.key], let id = IDTag.find(prefix, in: fileName) else {
                continue
            }
            do {
                if var game = try await entry.provider.game(id: String(id)) {
                    game.match = MatchInfo(provider: entry.key, score: 1, type: .idTag)
                    let candidate = MatchInfo.Candidate(name: game.name, id: String(id), score: 1, provider: entry.key)
                    return IdentifyOutcome(game: game, candidates: [candidate], errors: errors)
                }
            } catch {
                errors.append(ProviderFailure(provider: entry.key, operation: "get", error: error))
            }
        }
        return IdentifyOutcome(errors: errors)
    }

    /// The first found game in priority order, the others as runners-up; `type` overrides the match type.
    static func firstByPriority(_ answers: [ProviderAnswer<Game?>], type: MatchType?) -> IdentifyOutcome {
        var candidates: [MatchInfo.Candidate] = []
        var found: [(key: ProviderKey, game: Game)] = []
        for answer in answers {
            guard let game = answer.value ?? nil else { continue }
            found.append((answer.entry.key, game))
            let score = type == nil ? (game.match?.score ?? 0) : 1
            candidates.append(
                MatchInfo.Candidate(
                    name: game.name, id: game.ids[answer.entry.key], score: score, provider: answer.entry.key))
        }
        let errors = answers.compactMap(\.failure)
        guard let (key, first) = found.first else { return IdentifyOutcome(errors: errors) }
        var game = first
        let score = candidates[0].score
        let matchType = type ?? game.match?.type ?? .name
        game.match = MatchInfo(provider: key, score: score, type: matchType, runnersUp: Array(candidates.dropFirst()))
        return IdentifyOutcome(game: game, candidates: candidates, errors: errors)
    }
}
