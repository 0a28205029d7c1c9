import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

/// Hasheous: identifies a ROM by MD5, SHA-1 or CRC against the DAT sets it indexes and links it to IGDB,
/// TheGamesDB and RetroAchievements ids.
///
/// Hash lookups only: Hasheous publishes no search or get-by-id endpoint. A match with an IGDB id is enriched
/// with the IGDB record Hasheous proxies (summary, genres, dates, cover, screenshots), no Twitch account needed. The `X-Client-API-Key` comes from
/// configuration (`RETRO_METADATA_HASHEOUS_CLIENT_API_KEY`); no key is built in.
public struct HasheousProvider: MetadataProvider, HashIdentifying, HeartbeatChecking {
    /// Catalog entry: optional client key, hash lookups, cover/screenshot/fanart, a gentle 2 requests/s.
    public static let descriptor = ProviderDescriptor(
        key: .hasheous, displayName: "Hasheous", requiredCredentials: [], optionalCredentials: ["client_api_key"],
        capabilities: ProviderCapabilities(search: false, getByID: false, identifyByName: false, identifyByHash: true),
        mediaKinds: [.cover, .screenshot, .fanart], defaultBaseURL: "https://hasheous.org/api/v1",
        defaultRateLimit: .perSecond(2, maxConcurrent: 2), defaultPriority: 11,
        make: { try HasheousProvider(setup: $0) })

    /// Metadata sources whose ids are copied into `Game.ids`.
    static let crossReferences: [String: ProviderKey] = [
        "IGDB": .igdb, "TheGamesDb": .thegamesdb, "RetroAchievements": .retroachievements,
    ]

    /// The provider's key.
    public var key: ProviderKey { .hasheous }
    let http: ProviderHTTPClient
    let clientKey: String?
    let siteURL: String

    /// Creates the provider; the `client_api_key` credential is sent when set; option `site_url` roots image links.
    public init(setup: ProviderSetup) throws {
        self.http = setup.http
        self.clientKey = setup.settings.credential("client_api_key")
        self.siteURL = setup.settings.options["site_url"] ?? setup.http.siteRoot(removing: "/api/v1")
    }

    /// Hasheous has no name search.
    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] { [] }

    /// Hasheous has no get-by-id endpoint.
    public func game(id: String) async throws -> Game? { nil }

    /// Hasheous identifies by hashes only.
    public func identify(fileName: String, platformID: Int?) async throws -> Game? { nil }

    /// The signature matching any of the hashes, with its cross-referenced ids; platforms are not needed.
    public func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game? {
        let query = Wire.HashQuery(hashes)
        guard !query.isEmpty else { return nil }
        let url = http.url(
            "/Lookup/ByHash",
            query: [("returnAllSources", "true"), ("returnFields", "Signatures, Metadata, Attributes")])
        let request = http.request(.post, url, headers: headers, body: try JSONEncoder().encode(query))
        let response = try await http.send(request, operation: "hash")
        if response.status == 404 { return nil }
        try http.checkStatus(response, operation: "hash", credentialHint: Self.credentialHint)
        let lookup = try http.decode(Wire.Lookup.self, from: response, operation: "hash")
        guard let game = Self.game(from: lookup, siteURL: siteURL) else { return nil }
        return await enriched(game)
    }

    /// Looks up an all-zero MD5: any answer but an error means Hasheous works with these settings.
    public func heartbeat() async throws {
        _ = try await identify(
            hashes: FileHashes(size: 0, crc32: "", md5: String(repeating: "0", count: 32), sha1: ""), fileName: nil,
            platformID: nil)
    }

    static let credentialHint =
        "set RETRO_METADATA_HASHEOUS_CLIENT_API_KEY to a Hasheous client API key (hasheous.org account settings)"
}
