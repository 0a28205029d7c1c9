import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataXML

/// Existing `gamelist.xml` files (any EmulationStation flavour) as an offline source keyed by ROM file name,
/// with their media files, so a collection scraped once by another tool fills gaps without the network.
public struct GamelistProvider: PlatformScoped {
    /// Catalog entry: needs `RETRO_METADATA_GAMELIST_ROMS_PATH`; `GAMELISTS_PATH` and `MEDIA_PATH` for ES-DE.
    public static let descriptor = ProviderDescriptor(
        key: .gamelist, displayName: "Gamelist files", requiredCredentials: [],
        capabilities: ProviderCapabilities(search: true, getByID: true, identifyByName: true, identifyByHash: false),
        mediaKinds: GamelistMediaFinder.esDEFolders.map(\.kind) + [.wheel, .map, .bezel],
        defaultBaseURL: "", defaultRateLimit: .unlimited, defaultPriority: -30,
        requiredOptions: ["roms_path"], isLocal: true,
        make: { setup in
            let options = setup.settings.options
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            let media = options["media_path"] ?? home + "/ES-DE/downloaded_media"
            return try GamelistProvider(
                sources: GamelistSource.find(
                    romsPath: options["roms_path"] ?? "", gamelistsPath: options["gamelists_path"]),
                downloadedMedia: FileManager.default.fileExists(atPath: media) ? media : nil,
                scorer: setup.environment.nameScorer)
        })

    /// One game of a loaded gamelist.
    struct Record: Sendable {
        var entry: LibraryEntry
        var source: GamelistSource
        var fileName: String
        /// The universal slug of the record's system folder, when the catalog knows the folder name.
        var platform: String?

        /// Whether the record may be a game of `slug`: an unknown system folder is never ruled out.
        func isOn(_ slug: String?) -> Bool { slug == nil || platform == nil || platform == slug }
    }

    /// The provider's key.
    public var key: ProviderKey { .gamelist }
    let records: [Record]
    let byFileName: [String: [Int]]
    let byID: [String: Int]
    let media: GamelistMediaFinder
    let scorer: NameScorer

    /// Reads every gamelist in `sources`; throws the XML error (file, line) of an unreadable one.
    public init(sources: [GamelistSource], downloadedMedia: String? = nil, scorer: NameScorer = .standard) throws {
        var records: [Record] = []
        for source in sources {
            let file = try GamelistFile.read(path: source.gamelistPath)
            let platform = PlatformCatalog.standard.platform(named: source.system)?.slug
            for entry in file.library.entries where entry.kind == .game {
                let fileName = (GamelistMediaFinder.relative(entry.path) as NSString).lastPathComponent
                records.append(Record(entry: entry, source: source, fileName: fileName, platform: platform))
            }
        }
        var byFileName: [String: [Int]] = [:]
        var byID: [String: Int] = [:]
        for (index, record) in records.enumerated() {
            byFileName[record.fileName.lowercased(), default: []].append(index)
            byID[Self.id(record)] = byID[Self.id(record)] ?? index
        }
        self.records = records
        self.byFileName = byFileName
        self.byID = byID
        self.media = GamelistMediaFinder(downloadedMedia: downloadedMedia)
        self.scorer = scorer
    }

    /// Number of games read.
    public var count: Int { records.count }

    /// Games whose name or file name contains `query` (case-insensitive), then similar names, best first.
    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        try await search(query, platform: nil, limit: limit)
    }

    /// The same search among the gamelists whose system folder is `platform` (or unknown to the catalog).
    public func search(_ query: String, platform: String?, limit: Int) async throws -> [SearchResult] {
        let platform = Self.slug(platform)
        let needle = query.lowercased()
        var scored: [(record: Record, score: Double)] = []
        for record in records where record.isOn(platform) {
            let name = record.entry.name ?? record.fileName
            let contains = name.lowercased().contains(needle) || record.fileName.lowercased().contains(needle)
            let score = scorer.score(query, name)
            if contains || score >= 0.8 { scored.append((record, max(score, contains ? 0.8 : 0))) }
        }
        return scored.sorted { $0.score > $1.score }.prefix(limit).map { hit in
            SearchResult(
                name: hit.record.entry.name ?? hit.record.fileName, provider: .gamelist, id: Self.id(hit.record),
                coverURL: media.media(for: hit.record.entry, in: hit.record.source)[.cover]?.first?.url,
                platforms: [hit.record.source.system],
                releaseYear: hit.record.entry.releaseDate?.year, score: hit.score)
        }
    }

    /// The game whose id (FNV-1a of `system/file name`) is `id`.
    public func game(id: String) async throws -> Game? {
        byID[id].map { game(records[$0], match: nil) }
    }

    /// The entry for the ROM file name exactly, else the entry with the most similar name.
    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        try await identify(fileName: fileName, platform: nil)
    }

    /// The same identification among the gamelists whose system folder is `platform` (or unknown to the catalog).
    public func identify(fileName: String, platform: String?) async throws -> Game? {
        let platform = Self.slug(platform)
        let base = (fileName as NSString).lastPathComponent
        let sameName = byFileName[base.lowercased()] ?? []
        // The platform's own gamelist first, then one whose folder the catalog does not know.
        let exact = sameName.first { platform != nil && records[$0].platform == platform }
        if let index = exact ?? sameName.first(where: { records[$0].isOn(platform) }) {
            return game(records[index], match: MatchInfo(provider: .gamelist, score: 1, type: .local))
        }
        let title = RomName(parsing: base).name
        let candidates = records.filter { $0.isOn(platform) }.map { (name: RomName(parsing: $0.fileName).name, value: $0) }
        guard let best = scorer.best(title, among: candidates, threshold: 0.9) else { return nil }
        return game(best.value, match: MatchInfo(provider: .gamelist, score: best.score, type: .name))
    }

    /// The universal slug for any platform name the catalog knows, else the name as given.
    static func slug(_ platform: String?) -> String? {
        platform.map { PlatformCatalog.standard.platform(named: $0)?.slug ?? $0 }
    }

    /// A stable id: 32-bit FNV-1a of `system/file name`, in hex (the system keeps equal names apart).
    static func id(_ record: Record) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in (record.source.system + "/" + record.fileName).utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return String(hash, radix: 16)
    }
}
