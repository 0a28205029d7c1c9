import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

/// IGDB (Twitch): search, fetch by id and identify by name through the v4 Apicalypse API.
///
/// This is the reference pattern for providers: a `descriptor` for the catalog, an init from `ProviderSetup`,
/// requests through `ProviderHTTPClient`, `Wire` types in `+Wire.swift`, pure mapping in `+Mapping.swift`.
public struct IGDBProvider: MetadataProvider, HeartbeatChecking {
    /// Catalog entry: credentials, abilities, media, defaults (IGDB allows 4 requests/s, 8 at once).
    public static let descriptor = ProviderDescriptor(
        key: .igdb, displayName: "IGDB", requiredCredentials: ["client_id", "client_secret"],
        capabilities: ProviderCapabilities(), mediaKinds: [.cover, .screenshot, .fanart],
        defaultBaseURL: "https://api.igdb.com/v4", defaultRateLimit: .perSecond(4, maxConcurrent: 8),
        defaultPriority: 1, make: { try IGDBProvider(setup: $0) })

    /// The default Twitch OAuth token endpoint (settings option `token_url` overrides it).
    public static let defaultTokenURL = "https://id.twitch.tv/oauth2/token"
    /// Lowest name similarity `identify` accepts.
    public static let identifyThreshold = 0.75

    public var key: ProviderKey { .igdb }
    let http: ProviderHTTPClient
    let clientID: String
    let tokens: BearerTokenCache
    let nameScorer: NameScorer

    /// Creates the provider; needs the `client_id` and `client_secret` credentials.
    public init(setup: ProviderSetup) throws {
        guard let clientID = setup.settings.credential("client_id"),
            let secret = setup.settings.credential("client_secret")
        else { throw ProviderError.configuration(.igdb, operation: "create", detail: "client id and secret needed") }
        let http = setup.http
        let tokenURL = setup.settings.options["token_url"] ?? Self.defaultTokenURL
        self.http = http
        self.clientID = clientID
        self.nameScorer = setup.environment.nameScorer
        self.tokens = BearerTokenCache(time: setup.environment.time) {
            try await Self.fetchToken(http: http, tokenURL: tokenURL, clientID: clientID, secret: secret)
        }
    }

    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        let body = Apicalypse(
            search: query, fields: Self.searchFields, where: platformID.map { "platforms=[\($0)]" }, limit: limit)
        return try await games(body, operation: "search").compactMap(Self.searchResult)
    }

    public func game(id: String) async throws -> Game? {
        guard let number = Int(id) else {
            throw ProviderError.configuration(.igdb, operation: "get", detail: "IGDB ids are numbers, got '\(id)'")
        }
        let body = Apicalypse(fields: Self.gameFields, where: "id=\(number)", limit: 1)
        return try await games(body, operation: "get").first.map { Self.game(from: $0) }
    }

    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        if let tagged = IDTag.find("igdb", in: fileName), var game = try await game(id: String(tagged)) {
            game.match = MatchInfo(provider: .igdb, score: 1, type: .idTag)
            return game
        }
        guard let platformID else { return nil }
        let term = SearchTerm.from(fileName: fileName)
        let platform = "platforms=[\(platformID)]"
        // Main games, expanded games, ports, remakes and remasters first; anything when that finds nothing.
        var found = try await games(
            Apicalypse(
                search: term, fields: Self.gameFields, where: platform + " & game_type=(0,10,11,8,9)", limit: 200),
            operation: "identify")
        if found.isEmpty {
            found = try await games(
                Apicalypse(search: term, fields: Self.gameFields, where: platform, limit: 200), operation: "identify")
        }
        let candidates = found.compactMap { record in record.name.map { (name: $0, value: record) } }
        guard let best = nameScorer.best(term, among: candidates, threshold: Self.identifyThreshold) else { return nil }
        var game = Self.game(from: best.value)
        game.match = MatchInfo(provider: .igdb, score: best.score, type: .name)
        return game
    }

    /// Checks the credentials by obtaining a token.
    public func heartbeat() async throws {
        _ = try await tokens.token()
    }
}
