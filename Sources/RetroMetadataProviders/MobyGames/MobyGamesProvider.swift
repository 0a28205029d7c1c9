import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

/// MobyGames: search, fetch by id and identify by name through the v1 API (an API key is required).
public struct MobyGamesProvider: MetadataProvider {
    /// Catalog entry; the hobbyist tier allows one request every 5 seconds.
    public static let descriptor = ProviderDescriptor(
        key: .mobygames, displayName: "MobyGames", requiredCredentials: ["api_key"],
        capabilities: ProviderCapabilities(), mediaKinds: [.cover, .screenshot],
        defaultBaseURL: "https://api.mobygames.com/v1",
        defaultRateLimit: RateLimit(spacing: .seconds(5), maxConcurrent: 1),
        defaultPriority: 2, make: { try MobyGamesProvider(setup: $0) })

    /// Lowest name similarity `identify` accepts.
    public static let identifyThreshold = 0.6
    static let credentialHint = "check RETRO_METADATA_MOBYGAMES_API_KEY (MobyGames API keys need a paid plan)"

    public var key: ProviderKey { .mobygames }
    let http: ProviderHTTPClient
    let apiKey: String
    let nameScorer: NameScorer

    /// Creates the provider; needs the `api_key` credential.
    public init(setup: ProviderSetup) throws {
        guard let apiKey = setup.settings.credential("api_key") else {
            throw ProviderError.configuration(.mobygames, operation: "create", detail: "API key needed")
        }
        self.http = setup.http
        self.apiKey = apiKey
        self.nameScorer = setup.environment.nameScorer
    }

    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        var parameters = [("title", query), ("limit", String(max(1, limit)))]
        if let platformID { parameters.append(("platform", String(platformID))) }
        return try await games(parameters, operation: "search").compactMap(Self.searchResult)
    }

    public func game(id: String) async throws -> Game? {
        guard Int(id) != nil else {
            throw ProviderError.configuration(.mobygames, operation: "get", detail: "ids are numbers, got '\(id)'")
        }
        return try await games([("id", id)], operation: "get").first.map(Self.game)
    }

    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        if let tagged = IDTag.find("moby", in: fileName), var game = try await game(id: String(tagged)) {
            game.match = MatchInfo(provider: .mobygames, score: 1, type: .idTag)
            return game
        }
        guard let platformID else { return nil }
        let term = Self.searchTerm(fileName: fileName, platformID: platformID)
        var found = try await games([("title", term), ("platform", String(platformID))], operation: "identify")
        if found.isEmpty, let piece = SearchTerm.lastPiece(of: term) {
            found = try await games([("title", piece), ("platform", String(platformID))], operation: "identify")
        }
        let candidates = found.compactMap { record in record.title.map { (name: $0, value: record) } }
        guard let best = nameScorer.best(term, among: candidates, threshold: Self.identifyThreshold) else { return nil }
        var game = Self.game(from: best.value)
        game.match = MatchInfo(provider: .mobygames, score: best.score, type: .name)
        return game
    }

    /// `GET /games` in the `normal` format (the list default may be bare ids).
    private func games(_ parameters: [(String, String)], operation: String) async throws -> [Wire.Game] {
        let url = http.url("/games", query: parameters + [("format", "normal"), ("api_key", apiKey)])
        let response = try await http.send(http.request(.get, url), operation: operation)
        try http.checkStatus(response, operation: operation, credentialHint: Self.credentialHint)
        return try http.decode(Wire.GameList.self, from: response, operation: operation).games ?? []
    }
}
