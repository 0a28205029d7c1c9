import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

/// No-Intro, Redump and libretro DAT files as an offline source: exact identification by hash, canonical names,
/// regions and serials, and the libretro metadata fragments' genre, developer, publisher, year and players.
public struct DATProvider: MetadataProvider, HashIdentifying {
    /// Catalog entry: needs `RETRO_METADATA_DAT_PATHS` (colon-separated files or folders), no network.
    public static let descriptor = ProviderDescriptor(
        key: .dat, displayName: "DAT files", requiredCredentials: [],
        capabilities: ProviderCapabilities(search: true, getByID: true, identifyByName: true, identifyByHash: true),
        mediaKinds: [], defaultBaseURL: "", defaultRateLimit: .unlimited, defaultPriority: -40,
        requiredOptions: ["paths"], isLocal: true,
        make: { try DATProvider(paths: ($0.settings.options["paths"] ?? "").split(separator: ":").map(String.init)) })

    /// The key ids of serials are stored under (`ids["serial"]`), since `Game` has no serial field.
    public static let serialKey: ProviderKey = "serial"

    /// The provider's key.
    public var key: ProviderKey { .dat }
    /// The loaded DATs.
    public let index: DATIndex
    let scorer: NameScorer

    /// Loads the DATs at `paths`; throws with file and line when one is malformed.
    public init(paths: [String], scorer: NameScorer = .standard) throws(DATError) {
        self.init(index: try DATIndex(paths: paths), scorer: scorer)
    }

    /// Uses an index already loaded.
    public init(index: DATIndex, scorer: NameScorer = .standard) {
        self.index = index
        self.scorer = scorer
    }

    /// DAT games whose name resembles `query`, best first.
    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        var scored: [(game: DATGame, score: Double)] = []
        for game in index.games {
            let score = scorer.score(query, RomName(parsing: game.name).name)
            if score >= 0.6 { scored.append((game, score)) }
        }
        return scored.sorted { $0.score > $1.score }.prefix(limit).map { hit in
            SearchResult(
                name: hit.game.name, provider: .dat, id: hit.game.name, platforms: [], score: hit.score)
        }
    }

    /// The game whose canonical name is `id`.
    public func game(id: String) async throws -> Game? {
        index.game(named: id).map { game($0, rom: $0.roms.first, match: nil) }
    }

    /// The game whose file (or game) name in the DAT is exactly `fileName`, matched as a local record.
    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        let base = (fileName as NSString).lastPathComponent
        if let hit = index.lookup(fileName: base) {
            return game(hit.game, rom: hit.rom, match: MatchInfo(provider: .dat, score: 1, type: .local))
        }
        let stem = (base as NSString).deletingPathExtension
        return index.game(named: stem).map {
            game($0, rom: $0.roms.first, match: MatchInfo(provider: .dat, score: 1, type: .local))
        }
    }

    /// The game whose DAT file record has these digests.
    public func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game? {
        index.lookup(hashes).map { game($0.game, rom: $0.rom, match: MatchInfo(provider: .dat, score: 1, type: .hash)) }
    }
}
