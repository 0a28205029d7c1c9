import RetroMetadataCore

extension PlaymatchProvider {
    /// The game for an answer: ids of every usable external link; `nil` for `NoMatch` or no usable link.
    /// The name is the cleaned file name (Playmatch returns none) and is not attributed to Playmatch.
    static func game(from answer: Wire.Answer, fileName: String) -> Game? {
        guard let type = answer.gameMatchType, type != "NoMatch" else { return nil }
        var ids: [ProviderKey: String] = [:]
        for link in answer.externalMetadata ?? [] where link.matchType != "Failed" && link.matchType != "None" {
            guard let name = link.providerName?.lowercased(), let key = providerNames[name],
                let id = link.providerId.nonEmpty, ids[key] == nil
            else { continue }
            ids[key] = id
        }
        guard !ids.isEmpty else { return nil }
        ids[.playmatch] = answer.id.nonEmpty
        // A file name and size match is weaker evidence than a hash, but still exact, so it scores 1 as a name match.
        let matchType: MatchType = type == "FileNameAndSize" ? .name : .hash
        return Game(
            name: SearchTerm.from(fileName: fileName), ids: ids,
            match: MatchInfo(provider: .playmatch, score: 1, type: matchType))
    }
}
