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
    let genres: GenreDirectory

    /// Creates the provider; needs the `api_key` credential.
    public init(setup: ProviderSetup) throws {
        guard let apiKey = setup.settings.credential("api_key") else {
            throw ProviderError.configuration(.thegamesdb, operation: "create", detail: "API key needed")
        }
        let http = setup.http
        self.http = http
        self.apiKey = apiKey
        self.nameScorer = setup.environment.nameScorer
        self.genres = GenreDirectory {
            let answer = try await Self.get(
                http, "/Genres", [("apikey", apiKey)], as: Wire.GenreAnswer.self, operation: "genres")
            return (answer.data?.genres ?? [:]).values.reduce(into: [:]) { names, genre in
                if let id = genre.id, let name = genre.name { names[id] = name }
            }
        }
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
        return Self.game(from: record, answer: answer, genreNames: await genreNames(for: record))
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
        var game = Self.game(from: best.value, answer: answer, genreNames: await genreNames(for: best.value))
        game.match = MatchInfo(provider: .thegamesdb, score: best.score, type: .name)
        return game
    }

    private func byName(_ name: String, platformID: Int?, operation: String) async throws -> Wire.Answer {
        var parameters = [("name", name), ("fields", Self.searchFields), ("include", "boxart,platform")]
        if let platformID { parameters.append(("filter[platform]", String(platformID))) }
        return try await Self.get(http, "/Games/ByGameName", parameters + [("apikey", apiKey)], operation: operation)
    }

    /// Genre names for `record`'s genre ids; empty when the genre list cannot be read (names are a nicety).
    private func genreNames(for record: Wire.Game) async -> [String] {
        guard let ids = record.genres, !ids.isEmpty else { return [] }
        do {
            let names = try await genres.names()
            return ids.compactMap { names[$0] }
        } catch {
            http.logger.debug("TheGamesDB genre names unavailable", metadata: ["error": "\(error)"])
            return []
        }
    }

    /// Games on `platformID` first, order otherwise kept.
    static func preferringPlatform(_ games: [Wire.Game], _ platformID: Int?) -> [Wire.Game] {
        guard let platformID else { return games }
        return games.filter { $0.platform == platformID } + games.filter { $0.platform != platformID }
    }
}
