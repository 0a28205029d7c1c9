import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

/// ScreenScraper (screenscraper.fr): search, fetch by id, identify by name and by ROM hashes in one request.
public struct ScreenScraperProvider: HashIdentifying {
    /// Catalog entry; free accounts get one thread, so requests are serial and 1.2 s apart by default.
    public static let descriptor = ProviderDescriptor(
        key: .screenscraper, displayName: "ScreenScraper", requiredCredentials: ["devid", "devpassword"],
        optionalCredentials: ["username", "password"],
        capabilities: ProviderCapabilities(identifyByHash: true),
        mediaKinds: mediaTypes.map(\.kind).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
        defaultBaseURL: "https://api.screenscraper.fr/api2",
        defaultRateLimit: RateLimit(spacing: .milliseconds(1200), maxConcurrent: 1),
        defaultPriority: 3, make: { try ScreenScraperProvider(setup: $0) })

    /// Lowest name similarity `identify` accepts.
    public static let identifyThreshold = 0.6
    /// The software name sent as `softname`.
    public static let softwareName = "retro-metadata"

    public var key: ProviderKey { .screenscraper }
    let http: ProviderHTTPClient
    let authQuery: [(String, String)]
    let regions: [String]
    let languages: [String]
    let nameScorer: NameScorer
    /// Set when pacing follows the account's `maxthreads` (the user did not set a rate limit).
    let adaptiveLimiter: RateLimiter?

    /// Creates the provider; needs `devid` and `devpassword`, and uses `username`/`password` when set.
    public init(setup: ProviderSetup) throws {
        let settings = setup.settings
        guard settings.credential("devid") != nil, settings.credential("devpassword") != nil else {
            throw ProviderError.configuration(.screenscraper, operation: "create", detail: "developer id needed")
        }
        http = setup.http
        authQuery = [
            ("devid", settings.credential("devid")), ("devpassword", settings.credential("devpassword")),
            ("softname", Self.softwareName), ("ssid", settings.credential("username")),
            ("sspassword", settings.credential("password")), ("output", "json"),
        ].compactMap { name, value in value.map { (name, $0) } }
        regions = setup.environment.regionPriority
        languages = setup.environment.languagePriority
        nameScorer = setup.environment.nameScorer
        adaptiveLimiter = settings.rateLimit == nil ? setup.limiter : nil
    }

    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        let games = try await searchGames(query, platformID: platformID, operation: "search")
        return games.prefix(max(0, limit)).compactMap { searchResult(from: $0) }
    }

    public func game(id: String) async throws -> Game? {
        guard Int(id) != nil else {
            throw ProviderError.configuration(.screenscraper, operation: "get", detail: "ids are numbers, got '\(id)'")
        }
        return try await gameInfo([("gameid", id)], operation: "get").map { game(from: $0) }
    }

    public func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game? {
        var query: [(String, String)] = []
        if let platformID { query.append(("systemeid", String(platformID))) }
        query += [("crc", hashes.crc32), ("md5", hashes.md5), ("sha1", hashes.sha1)].filter { !$0.1.isEmpty }
        query.append(("romtaille", String(hashes.size)))
        if let fileName { query.append(("romnom", fileName)) }
        guard var game = try await gameInfo(query, operation: "hash").map({ game(from: $0) }) else { return nil }
        game.match = MatchInfo(provider: .screenscraper, score: 1, type: .hash)
        return game
    }

    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        if let tagged = IDTag.find("ssfr", in: fileName), var game = try await game(id: String(tagged)) {
            game.match = MatchInfo(provider: .screenscraper, score: 1, type: .idTag)
            return game
        }
        guard let platformID else { return nil }
        let term = SearchTerm.from(fileName: fileName)
        var games = try await searchGames(term, platformID: platformID, operation: "identify")
        if games.isEmpty, let piece = SearchTerm.lastPiece(of: term) {
            games = try await searchGames(piece, platformID: platformID, operation: "identify")
        }
        // Every name of every game is a candidate; for a name shared by two games the smaller id wins.
        let sorted = games.sorted { (Int($0.id?.value ?? "") ?? .max) < (Int($1.id?.value ?? "") ?? .max) }
        let candidates = sorted.flatMap { record in
            (record.noms ?? []).compactMap { $0.text }.map { (name: Self.displayName($0), value: record) }
        }
        guard let best = nameScorer.best(term, among: candidates, threshold: Self.identifyThreshold) else { return nil }
        var game = game(from: best.value)
        game.match = MatchInfo(provider: .screenscraper, score: best.score, type: .name)
        return game
    }
}
