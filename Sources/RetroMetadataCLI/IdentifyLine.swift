import RetroMetadata
import RetroMetadataCore

/// One file's result of `identify --json`: `path`, `match` (provider, id, name, score, match_type, or null),
/// `candidates` (provider, id, name, score) and `errors` (provider, operation, code, message).
struct IdentifyLine {
    let path: String
    let outcome: IdentifyOutcome

    /// The JSON object, keys in the documented order.
    func json() throws -> OrderedJSONObject {
        var object = OrderedJSONObject()
        try object.add("path", path)
        if let game = outcome.game, let match = game.match {
            var nested = OrderedJSONObject()
            try nested.add("provider", match.provider.rawValue)
            try nested.add("id", game.ids[match.provider] ?? "")
            try nested.add("name", game.name)
            try nested.add("score", SearchCommand.rounded(match.score))
            try nested.add("match_type", match.type.rawValue)
            try object.add("match", nested)
        } else {
            try object.add("match", String?.none)
        }
        try object.add("candidates", try outcome.candidates.map(Self.candidate))
        try object.add("errors", try outcome.errors.map(Self.failure))
        return object
    }

    /// Whether the file counts as failed: no match and at least one provider failed.
    var failed: Bool { outcome.game == nil && !outcome.errors.isEmpty }

    private static func candidate(_ candidate: MatchInfo.Candidate) throws -> OrderedJSONObject {
        var object = OrderedJSONObject()
        try object.add("provider", candidate.provider?.rawValue)
        try object.add("id", candidate.id)
        try object.add("name", candidate.name)
        try object.add("score", SearchCommand.rounded(candidate.score))
        return object
    }

    /// A failure as JSON: provider, operation, code, message.
    static func failure(_ failure: ProviderFailure) throws -> OrderedJSONObject {
        var object = OrderedJSONObject()
        try object.add("provider", failure.provider.rawValue)
        try object.add("operation", failure.operation)
        try object.add("code", failure.code)
        try object.add("message", failure.message)
        return object
    }
}
