import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataSQLite

/// LaunchBox's Games Database dump (`Metadata.xml`) as an offline source: imported once into an SQLite index
/// under the state directory, then searched by name and alternate names, fetched by DatabaseID, with image URLs.
public struct LaunchBoxProvider: PlatformScoped {
    /// Catalog entry: needs `RETRO_METADATA_LAUNCHBOX_METADATA_PATH` (the extracted `Metadata.xml`).
    public static let descriptor = ProviderDescriptor(
        key: .launchbox, displayName: "LaunchBox Games DB", requiredCredentials: [],
        capabilities: ProviderCapabilities(), mediaKinds: LaunchBoxProvider.imageKinds.map(\.kind).uniqued(),
        defaultBaseURL: "", defaultRateLimit: .unlimited, defaultPriority: -20, requiredOptions: ["metadata_path"],
        isLocal: true, make: { try LaunchBoxProvider(setup: $0) })

    /// The image host unless the `image_base_url` option says otherwise.
    public static let defaultImageBaseURL = "https://images.launchbox-app.com"
    /// Lowest name similarity `identify` accepts.
    public static let identifyThreshold = 0.8

    /// The provider's key.
    public var key: ProviderKey { .launchbox }
    /// The imported index.
    public let index: LaunchBoxIndex
    let imageBaseURL: String
    let scorer: NameScorer

    /// Opens the index at `indexPath` and imports `metadataPath` into it when that file changed since last time.
    public init(
        metadataPath: String, indexPath: String, imageBaseURL: String = defaultImageBaseURL,
        scorer: NameScorer = .standard
    ) throws {
        index = try LaunchBoxIndex(path: indexPath)
        try index.importIfChanged(metadataPath: metadataPath)
        self.imageBaseURL = imageBaseURL.hasSuffix("/") ? String(imageBaseURL.dropLast()) : imageBaseURL
        self.scorer = scorer
    }

    /// Creates the provider from settings: `metadata_path`, optional `index_path` and `image_base_url`.
    public init(setup: ProviderSetup) throws {
        let options = setup.settings.options
        try self.init(
            metadataPath: options["metadata_path"] ?? "",
            indexPath: options["index_path"] ?? setup.environment.stateDirectory + "/launchbox-metadata.sqlite",
            imageBaseURL: options["image_base_url"] ?? Self.defaultImageBaseURL, scorer: setup.environment.nameScorer)
    }

    /// Games named like `query` on any platform.
    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        try search(query, platformName: nil, limit: limit)
    }

    /// Games named like `query` on universal platform `platform`, when LaunchBox has a name for it.
    public func search(_ query: String, platform: String?, limit: Int) async throws -> [SearchResult] {
        try search(query, platformName: Self.platformName(platform), limit: limit)
    }

    /// The game a ROM file name is on universal platform `platform`, when LaunchBox has a name for it.
    public func identify(fileName: String, platform: String?) async throws -> Game? {
        try await identify(fileName: fileName, platformName: Self.platformName(platform))
    }

    /// LaunchBox's name for a platform the catalog knows (`snes` → `Super Nintendo Entertainment System`).
    static func platformName(_ platform: String?) -> String? {
        guard let known = platform.flatMap({ PlatformCatalog.standard.platform(named: $0) }) else { return nil }
        return known.providerID(.launchbox)?.description ?? known.frontendNames.launchbox
    }

    /// Games named (or alternately named) like `query`, on the LaunchBox platform `platformName` when given.
    public func search(_ query: String, platformName: String?, limit: Int) throws -> [SearchResult] {
        let ranked = try ranked(query, platformName: platformName).prefix(limit)
        return try ranked.compactMap { hit in
            guard let entry = try index.entry(id: hit.id) else { return nil }
            return SearchResult(
                name: entry.name, provider: .launchbox, id: String(entry.id),
                coverURL: media(entry)[.cover]?.first?.url, platforms: entry.platform.map { [$0] } ?? [],
                releaseYear: entry.releaseDate.flatMap { GameDate(parsing: $0) }?.year, score: hit.score)
        }
    }

    /// The game with LaunchBox DatabaseID `id`.
    public func game(id: String) async throws -> Game? {
        guard let number = Int64(id) else { return nil }
        return try index.entry(id: number).map { game($0, match: nil) }
    }

    /// The game a ROM file name is, on any platform.
    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        try await identify(fileName: fileName, platformName: nil)
    }

    /// The game a ROM file name is: a `(launchbox-N)` tag, else the best name at or above the threshold.
    public func identify(fileName: String, platformName: String?) async throws -> Game? {
        if let tagged = IDTag.find("launchbox", in: fileName), var found = try await game(id: String(tagged)) {
            found.match = MatchInfo(provider: .launchbox, score: 1, type: .idTag)
            return found
        }
        // LaunchBox titles use `: ` where file names use ` - `.
        let term = SearchTerm.from(fileName: fileName).replacingOccurrences(of: " - ", with: ": ")
        guard let best = try ranked(term, platformName: platformName).first, best.score >= Self.identifyThreshold,
            let entry = try index.entry(id: best.id)
        else { return nil }
        return game(entry, match: MatchInfo(provider: .launchbox, score: best.score, type: .name))
    }

    /// Candidate games scored against `term` (best name per game), best first.
    private func ranked(_ term: String, platformName: String?) throws -> [(id: Int64, score: Double)] {
        var best: [Int64: Double] = [:]
        for candidate in try index.candidates(term, platform: platformName, limit: 500) {
            let score = candidate.exact ? 1 : scorer.score(term, candidate.name)
            best[candidate.id] = max(best[candidate.id] ?? 0, score)
        }
        return best.map { (id: $0.key, score: $0.value) }.filter { $0.score >= 0.5 }
            .sorted { ($0.score, -$0.id) > ($1.score, -$1.id) }
    }
}
