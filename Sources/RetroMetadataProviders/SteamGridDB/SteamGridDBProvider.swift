import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

/// SteamGridDB: artwork (grids, heroes, logos, icons) for games found by name or SteamGridDB id.
///
/// Platforms are ignored (SteamGridDB has none); content filters come from the `nsfw`, `humor` and `epilepsy` options.
public struct SteamGridDBProvider: MetadataProvider {
    /// Catalog entry: bearer API key, media kinds, defaults (no published limit; 4 requests/s is polite).
    public static let descriptor = ProviderDescriptor(
        key: .steamgriddb, displayName: "SteamGridDB", requiredCredentials: ["api_key"],
        capabilities: ProviderCapabilities(), mediaKinds: [.cover, .fanart, .banner, .wheel, .icon],
        defaultBaseURL: "https://www.steamgriddb.com/api/v2", defaultRateLimit: .perSecond(4, maxConcurrent: 4),
        defaultPriority: 5, make: { try SteamGridDBProvider(setup: $0) })

    /// Lowest name similarity `identify` accepts (artwork for the wrong game is worse than none).
    public static let identifyThreshold = 0.98

    /// The provider's key.
    public var key: ProviderKey { .steamgriddb }
    let http: ProviderHTTPClient
    let apiKey: String
    let filters: ContentFilters
    let nameScorer: NameScorer

    /// Creates the provider; needs the `api_key` credential; options `nsfw`, `humor`, `epilepsy` are true/false.
    public init(setup: ProviderSetup) throws {
        guard let apiKey = setup.settings.credential("api_key") else {
            throw ProviderError.configuration(.steamgriddb, operation: "create", detail: "an API key is needed")
        }
        self.http = setup.http
        self.apiKey = apiKey
        self.filters = try ContentFilters(options: setup.settings.options)
        self.nameScorer = setup.environment.nameScorer
    }

    /// Games whose name matches `query`, best first, at most `limit`.
    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        try await autocomplete(query, operation: "search").prefix(max(0, limit)).compactMap(Self.searchResult)
    }

    /// The full record of the game with this id, or `nil` when there is none.
    public func game(id: String) async throws -> Game? {
        guard let number = Int(id) else {
            throw ProviderError.configuration(
                .steamgriddb, operation: "get", detail: "SteamGridDB ids are numbers, got '\(id)'")
        }
        guard let record = try await get(Wire.Game.self, "/games/id/\(number)", operation: "get") else { return nil }
        return Self.game(from: record, artwork: try await artwork(gameID: record.id))
    }

    /// The game a ROM file name most likely is; an id tag wins.
    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        if let tagged = IDTag.find("sgdb", in: fileName), var game = try await game(id: String(tagged)) {
            game.match = MatchInfo(provider: .steamgriddb, score: 1, type: .idTag)
            return game
        }
        var term = SearchTerm.from(fileName: fileName)
        var found = try await autocomplete(term, operation: "identify")
        // Prefixed names often only match by their last part ("Collection - Game"); match that part then.
        if found.isEmpty, let piece = Self.lastPiece(of: term) {
            term = piece
            found = try await autocomplete(piece, operation: "identify")
        }
        let candidates = found.compactMap { record in record.name.map { (name: $0, value: record) } }
        guard let best = nameScorer.best(term, among: candidates, threshold: Self.identifyThreshold) else { return nil }
        var game = Self.game(from: best.value, artwork: try await artwork(gameID: best.value.id))
        game.match = MatchInfo(provider: .steamgriddb, score: best.score, type: .name)
        return game
    }

    static func lastPiece(of term: String) -> String? {
        let pieces = term.split(whereSeparator: { ":-/".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.count > 1, let last = pieces.last, !last.isEmpty else { return nil }
        return last
    }
}
