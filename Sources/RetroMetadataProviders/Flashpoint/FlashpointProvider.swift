import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

/// Flashpoint Archive (browser games): the local `flashpoint.sqlite` when `RETRO_METADATA_FLASHPOINT_DATABASE_PATH`
/// names it, else the online search API.
public struct FlashpointProvider: MetadataProvider, HeartbeatChecking {
    /// Catalog entry: no credentials; offline with a database path, online otherwise.
    public static let descriptor = ProviderDescriptor(
        key: .flashpoint, displayName: "Flashpoint", requiredCredentials: [],
        capabilities: ProviderCapabilities(), mediaKinds: [.cover, .screenshot],
        defaultBaseURL: "https://db-api.unstable.life", defaultRateLimit: .perSecond(2, maxConcurrent: 2),
        defaultPriority: 13, isLocal: false, make: { try FlashpointProvider(setup: $0) })

    /// Lowest title similarity `identify` accepts.
    public static let identifyThreshold = 0.75
    /// Where logos and screenshots are served unless the `image_base_url` option says otherwise.
    public static let defaultImageBaseURL = "https://infinity.unstable.life/images"

    /// The provider's key.
    public var key: ProviderKey { .flashpoint }
    let catalog: any FlashpointCatalog
    let imageBaseURL: String
    let scorer: NameScorer

    /// Creates the provider: the database at the `database_path` option, else the API at the base URL.
    public init(setup: ProviderSetup) throws {
        let options = setup.settings.options
        if let path = options["database_path"], !path.isEmpty {
            catalog = try FlashpointDatabase(path: path)
        } else {
            catalog = FlashpointAPI(http: setup.http)
        }
        imageBaseURL = options["image_base_url"] ?? Self.defaultImageBaseURL
        scorer = setup.environment.nameScorer
    }

    /// Whether entries come from a local database file.
    public var isLocal: Bool { catalog is FlashpointDatabase }

    /// Entries whose title resembles `query`, in the catalog's order.
    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        let games = try await catalog.search(query, limit: isLocal ? max(limit, 200) : limit)
        let ranked = games.map { (game: $0, score: bestScore(query, $0)) }
        let ordered = isLocal ? ranked.filter { $0.score > 0.5 }.sorted { $0.score > $1.score } : ranked
        return ordered.prefix(limit).map { item in
            SearchResult(
                name: item.game.title, provider: .flashpoint, id: item.game.id, slug: item.game.id,
                coverURL: imageURL("Logos", item.game.id), platforms: [item.game.platform ?? "Browser"],
                releaseYear: item.game.releaseDate.flatMap { Int($0.prefix(4)) }, score: item.score)
        }
    }

    /// The entry with UUID `id`.
    public func game(id: String) async throws -> Game? {
        try await catalog.game(id: id).map { game($0, match: nil) }
    }

    /// `(fp-<uuid>)` or a bare UUID in the name fetches that entry; otherwise the most similar title.
    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        if let uuid = Self.uuid(in: fileName), var found = try await game(id: uuid) {
            found.match = MatchInfo(provider: .flashpoint, score: 1, type: .idTag)
            return found
        }
        let term = SearchTerm.from(fileName: fileName)
        guard !term.isEmpty else { return nil }
        let candidates = try await catalog.search(term, limit: isLocal ? 500 : 30)
        let scored = candidates.map { (value: $0, score: bestScore(term, $0)) }
        guard let best = scored.filter({ $0.score >= Self.identifyThreshold }).max(by: { $0.score < $1.score })
        else { return nil }
        return game(best.value, match: MatchInfo(provider: .flashpoint, score: best.score, type: .name))
    }

    /// The API answers its platform list; a local database needs no check.
    public func heartbeat() async throws {
        if let api = catalog as? FlashpointAPI { try await api.heartbeat() }
    }

    /// The title or alternate title closest to `term`.
    func bestScore(_ term: String, _ game: FlashpointGame) -> Double {
        let names = [game.title] + FlashpointGame.split(game.alternateTitles)
        return names.map { scorer.score(term, $0) }.max() ?? 0
    }

    /// `https://…/images/<kind>/<id[0..2]>/<id[2..4]>/<id>?type=jpg`, `nil` for ids shorter than 4.
    func imageURL(_ kind: String, _ id: String) -> String? {
        guard id.count >= 4 else { return nil }
        return "\(imageBaseURL)/\(kind)/\(id.prefix(2))/\(id.dropFirst(2).prefix(2))/\(id)?type=jpg"
    }

    /// The first UUID in `text` (8-4-4-4-12 hex digits), lower-cased.
    static func uuid(in text: String) -> String? {
        let lower = Array(text.lowercased())
        let lengths = [8, 4, 4, 4, 12]
        guard lower.count >= 36 else { return nil }
        for start in 0...(lower.count - 36) {
            var index = start
            var valid = true
            for (part, length) in lengths.enumerated() {
                for _ in 0..<length where valid {
                    valid = lower[index].isHexDigit
                    index += 1
                }
                if valid, part < 4 { valid = lower[index] == "-"; index += 1 }
            }
            if valid { return String(lower[start..<start + 36]) }
        }
        return nil
    }
}
