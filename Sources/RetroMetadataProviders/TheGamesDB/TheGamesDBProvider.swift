import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataHTTP

/// TheGamesDB: search, fetch by id and identify by name through the v1 API (an API key is required).
public struct TheGamesDBProvider: MetadataProvider {
    /// Catalog entry; keys have a monthly allowance, so requests are paced at one per second.
    public static let descriptor = ProviderDescriptor(
        key: .thegamesdb, displayName: "TheGamesDB", requiredCredentials: ["api_key"],
        capabilities: ProviderCapabilities(), mediaKinds: [.cover, .boxBack],
        defaultBaseURL: "https://api.thegamesdb.net/v1", defaultRateLimit: .perSecond(1, maxConcurrent: 2),
        defaultPriority: 7, make: { try TheGamesDBProvider(setup: $0) })

    /// Lowest name similarity `identify` accepts.
    public static let identifyThreshold = 0.6
    static let credentialHint = "check RETRO_METADATA_THEGAMESDB_API_KEY"
    static let searchFields = "players,publishers,genres,overview,rating"
    static let gameFields = "players,publishers,genres,overview,rating,platform,youtube,alternates"

    public var key: ProviderKey { .thegamesdb }
    let http: ProviderHTTPClient
    let apiKey: String
    let nameScorer: NameScorer
    let genres: NameDirectory
    let developers: NameDirectory
    let publishers: NameDirectory

    /// Creates the provider; needs the `api_key` credential.
    public init(setup: ProviderSetup) throws {
        guard let apiKey = setup.settings.credential("api_key") else {
            throw ProviderError.configuration(.thegamesdb, operation: "create", detail: "API key needed")
        }
        let http = setup.http
        self.http = http
        self.apiKey = apiKey
        self.nameScorer = setup.environment.nameScorer
        let table = { (path: String) in
            NameDirectory {
                try await Self.get(http, path, [("apikey", apiKey)], as: Wire.NameTable.self, operation: "names").names
            }
        }
        self.genres = table("/Genres")
        self.developers = table("/Developers")
        self.publishers = table("/Publishers")
    }

    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        let answer = try await byName(query, platformID: platformID, operation: "search")
        return Self.preferringPlatform(answer.data?.games ?? [], platformID).prefix(max(0, limit))
            .compactMap { Self.searchResult(from: $0, answer: answer) }
    }

    public func game(id: String) async throws -> Game? {
        guard Int(id) != nil else {
            throw ProviderError.configuration(.thegamesdb, operation: "get", detail: "ids are numbers, got '\(id)'")
        }
        let parameters = [("id", id), ("fields", Self.gameFields), ("include", "boxart,platform")]
        let answer = try await Self.get(http, "/Games/ByGameID", parameters + [("apikey", apiKey)], operation: "get")
        guard let record = answer.data?.games.first(where: { $0.id != nil }) else { return nil }
        return Self.game(from: record, answer: answer, names: await names(for: record))
    }

    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        if let tagged = IDTag.find("tgdb", in: fileName), var game = try await game(id: String(tagged)) {
            game.match = MatchInfo(provider: .thegamesdb, score: 1, type: .idTag)
            return game
        }
        guard let platformID else { return nil }
        let term = SearchTerm.from(fileName: fileName)
        var answer = try await byName(term, platformID: platformID, operation: "identify")
        if answer.data?.games.isEmpty ?? true, let piece = SearchTerm.lastPiece(of: term) {
            answer = try await byName(piece, platformID: platformID, operation: "identify")
        }
        let candidates = Self.preferringPlatform(answer.data?.games ?? [], platformID)
            .compactMap { record in record.gameTitle.map { (name: $0, value: record) } }
        guard let best = nameScorer.best(term, among: candidates, threshold: Self.identifyThreshold) else { return nil }
        var game = Self.game(from: best.value, answer: answer, names: await names(for: best.value))
        game.match = MatchInfo(provider: .thegamesdb, score: best.score, type: .name)
        return game
    }

    private func byName(_ name: String, platformID: Int?, operation: String) async throws -> Wire.Answer {
        var parameters = [("name", name), ("fields", Self.searchFields), ("include", "boxart,platform")]
        if let platformID { parameters.append(("filter[platform]", String(platformID))) }
        return try await Self.get(http, "/Games/ByGameName", parameters + [("apikey", apiKey)], operation: operation)
    }

    /// Names for `record`'s genre, developer and publisher ids; a table that cannot be read gives no names.
    private func names(for record: Wire.Game) async -> ResolvedNames {
        func resolve(_ directory: NameDirectory, _ ids: [Int]?) async -> [String] {
            do {
                return try await directory.names(ids ?? [])
            } catch {
                http.logger.debug("TheGamesDB names unavailable", metadata: ["error": "\(error)"])
                return []
            }
        }
        return ResolvedNames(
            genres: await resolve(genres, record.genres), developers: await resolve(developers, record.developers),
            publishers: await resolve(publishers, record.publishers))
    }

    /// Games on `platformID` first, order otherwise kept.
    static func preferringPlatform(_ games: [Wire.Game], _ platformID: Int?) -> [Wire.Game] {
        guard let platformID else { return games }
        return games.filter { $0.platform == platformID } + games.filter { $0.platform != platformID }
    }
}
