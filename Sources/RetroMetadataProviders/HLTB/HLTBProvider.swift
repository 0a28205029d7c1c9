import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

/// HowLongToBeat: completion times by name search or HowLongToBeat id, through the site's session-token API.
///
/// No credentials: each provider opens a session (`<search URL>/init`) and renews it once when refused (403).
public struct HLTBProvider: MetadataProvider {
    /// Catalog entry: no credentials, cover only, about 3 requests/s as the site tolerates.
    public static let descriptor = ProviderDescriptor(
        key: .hltb, displayName: "HowLongToBeat", requiredCredentials: [],
        capabilities: ProviderCapabilities(), mediaKinds: [.cover], defaultBaseURL: "https://howlongtobeat.com/api",
        defaultRateLimit: .perSecond(3, maxConcurrent: 2), defaultPriority: 10, make: { try HLTBProvider(setup: $0) })

    /// Where the current search endpoint is published (settings option `endpoint_url` overrides it).
    public static let defaultEndpointURL =
        "https://raw.githubusercontent.com/rommapp/romm/refs/heads/master/"
        + "backend/handler/metadata/fixtures/hltb_api_url"
    /// Lowest name similarity `identify` accepts.
    public static let identifyThreshold = 0.85

    /// The provider's key.
    public var key: ProviderKey { .hltb }
    let http: ProviderHTTPClient
    let siteURL: String
    let sessions: BearerTokenCache
    let nameScorer: NameScorer

    /// Creates the provider; options: `search_url` (path or absolute URL, skips discovery), `endpoint_url`, `site_url`.
    public init(setup: ProviderSetup) throws {
        let http = setup.http
        let options = setup.settings.options
        let configured = options["search_url"]
        let endpointURL = options["endpoint_url"] ?? Self.defaultEndpointURL
        self.http = http
        self.siteURL = options["site_url"] ?? http.siteRoot(removing: "/api")
        self.nameScorer = setup.environment.nameScorer
        self.sessions = BearerTokenCache(time: setup.environment.time) {
            try await Self.openSession(http: http, configuredSearchURL: configured, endpointURL: endpointURL)
        }
    }

    /// Games whose name matches `query`, best first, at most `limit`.
    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        let terms = query.split(whereSeparator: \.isWhitespace).map(String.init)
        return try await searchGames(terms: terms, size: limit, operation: "search").compactMap {
            Self.searchResult(from: $0, siteURL: siteURL)
        }
    }

    /// Reads the game's page (`<site>/game/<id>`), whose embedded data has the full record.
    public func game(id: String) async throws -> Game? {
        guard let number = Int(id) else {
            throw ProviderError.configuration(
                .hltb, operation: "get", detail: "HowLongToBeat ids are numbers, got '\(id)'")
        }
        return try await gamePage(id: number).map { Self.game(from: $0, siteURL: siteURL) }
    }

    /// The game a ROM file name most likely is; an id tag wins.
    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        if let tagged = IDTag.find("hltb", in: fileName), var game = try await game(id: String(tagged)) {
            game.match = MatchInfo(provider: .hltb, score: 1, type: .idTag)
            return game
        }
        // HowLongToBeat writes subtitles after a colon where file names use " - ".
        let term = SearchTerm.from(fileName: fileName).replacingOccurrences(of: " - ", with: ": ")
        let terms = term.split(whereSeparator: \.isWhitespace).map(String.init)
        // A record without any completion time adds nothing, so it cannot be the match.
        let candidates = try await searchGames(terms: terms, size: 20, operation: "identify")
            .filter { Self.completionTimes($0) != nil }
            .compactMap { record in record.gameName.map { (name: $0, value: record) } }
        guard let best = nameScorer.best(term, among: candidates, threshold: Self.identifyThreshold) else { return nil }
        var game = Self.game(from: best.value, siteURL: siteURL)
        game.match = MatchInfo(provider: .hltb, score: best.score, type: .name)
        return game
    }
}
