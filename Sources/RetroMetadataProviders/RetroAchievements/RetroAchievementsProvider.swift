import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

/// RetroAchievements: games per console, identification by ROM MD5, extended info and achievement counts.
///
/// Platform ids are RetroAchievements console ids. A console's game list (with hashes) is fetched once per provider.
public struct RetroAchievementsProvider: MetadataProvider, HashIdentifying {
    /// Catalog entry: web API key (+ user name), media, defaults (4 requests/s as RomM paces it).
    public static let descriptor = ProviderDescriptor(
        key: .retroachievements, displayName: "RetroAchievements", requiredCredentials: ["api_key"],
        optionalCredentials: ["username"], capabilities: ProviderCapabilities(identifyByHash: true),
        mediaKinds: [.cover, .titleScreen, .screenshot, .icon], defaultBaseURL: "https://retroachievements.org/API",
        defaultRateLimit: .perSecond(4, maxConcurrent: 4), defaultPriority: 4,
        make: { try RetroAchievementsProvider(setup: $0) })

    /// The user name sent when none is configured.
    public static let defaultUsername = "retro-metadata"
    /// The media host (settings option `media_url` overrides it).
    public static let defaultMediaURL = "https://media.retroachievements.org"
    /// Lowest name similarity `identify` accepts.
    public static let identifyThreshold = 0.6

    /// The provider's key.
    public var key: ProviderKey { .retroachievements }
    let http: ProviderHTTPClient
    let username: String
    let apiKey: String
    let mediaURL: String
    let lists: ConsoleListCache
    let nameScorer: NameScorer

    /// Creates the provider; needs the `api_key` credential, `username` is optional.
    public init(setup: ProviderSetup) throws {
        guard let apiKey = setup.settings.credential("api_key") else {
            throw ProviderError.configuration(
                .retroachievements, operation: "create", detail: "a web API key is needed")
        }
        self.http = setup.http
        self.apiKey = apiKey
        self.username = setup.settings.credential("username") ?? Self.defaultUsername
        let media = setup.settings.options["media_url"] ?? Self.defaultMediaURL
        self.mediaURL = media.hasSuffix("/") ? String(media.dropLast()) : media
        self.lists = ConsoleListCache()
        self.nameScorer = setup.environment.nameScorer
    }

    /// Titles of the console containing `query` (case-insensitive); without a console id there is nothing to search.
    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        guard let platformID else { return [] }
        let needle = query.lowercased()
        return try await gameList(console: platformID, operation: "search")
            .filter { ($0.title ?? "").lowercased().contains(needle) }
            .prefix(max(0, limit)).compactMap { Self.searchResult(from: $0, mediaURL: mediaURL) }
    }

    /// The full record of the game with this id, or `nil` when there is none.
    public func game(id: String) async throws -> Game? {
        guard let number = Int(id) else {
            throw ProviderError.configuration(
                .retroachievements, operation: "get", detail: "RetroAchievements ids are numbers, got '\(id)'")
        }
        let answer = try await get(
            Wire.ExtendedAnswer.self, "/API_GetGameExtended.php", query: [("i", String(number))], operation: "get")
        return answer.game.map { Self.game(from: $0, mediaURL: mediaURL) }
    }

    /// The game a ROM file name most likely is; an id tag wins.
    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        if let tagged = IDTag.find("ra", in: fileName), var game = try await game(id: String(tagged)) {
            game.match = MatchInfo(provider: .retroachievements, score: 1, type: .idTag)
            return game
        }
        guard let platformID else { return nil }
        let term = SearchTerm.from(fileName: fileName)
        let candidates = try await gameList(console: platformID, operation: "identify")
            .compactMap { record in record.title.map { (name: $0, value: record.id) } }
        guard let best = nameScorer.best(term, among: candidates, threshold: Self.identifyThreshold),
            var game = try await game(id: String(best.value))
        else { return nil }
        game.match = MatchInfo(provider: .retroachievements, score: best.score, type: .name)
        return game
    }

    /// The game of the console whose hash list holds the ROM's MD5; needs the console id.
    public func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game? {
        guard let platformID, !hashes.md5.isEmpty else { return nil }
        let md5 = hashes.md5.lowercased()
        let list = try await gameList(console: platformID, operation: "hash")
        guard let record = list.first(where: { ($0.hashes ?? []).contains { $0.lowercased() == md5 } }),
            var game = try await game(id: String(record.id))
        else { return nil }
        game.match = MatchInfo(provider: .retroachievements, score: 1, type: .hash)
        return game
    }
}
