import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

/// Playmatch: maps a ROM's file name, size and hashes to an IGDB id (and other databases' ids); no credentials.
///
/// Hash lookups only; the game it returns carries ids (`ids[.igdb]`) for other providers to fetch, and the
/// file's cleaned name as a placeholder name.
public struct PlaymatchProvider: MetadataProvider, HashIdentifying, HeartbeatChecking {
    /// Catalog entry: no credentials, no media, 4 requests/s per address as the service allows.
    public static let descriptor = ProviderDescriptor(
        key: .playmatch, displayName: "Playmatch", requiredCredentials: [],
        capabilities: ProviderCapabilities(search: false, getByID: false, identifyByName: false, identifyByHash: true),
        mediaKinds: [], defaultBaseURL: "https://playmatch.retrorealm.dev/api/v2",
        defaultRateLimit: .perSecond(4, maxConcurrent: 2), defaultPriority: 12,
        make: { try PlaymatchProvider(setup: $0) })

    /// Playmatch's provider names (lower-cased) and the keys their ids are stored under.
    static let providerNames: [String: ProviderKey] = [
        "igdb": .igdb, "mobygames": .mobygames, "screenscraper": .screenscraper, "steamgriddb": .steamgriddb,
        "launchbox": .launchbox, "thegamesdb": .thegamesdb, "retroachievements": .retroachievements,
    ]
    static let credentialHint = "Playmatch needs no credentials; check RETRO_METADATA_PLAYMATCH_BASE_URL"

    /// The provider's key.
    public var key: ProviderKey { .playmatch }
    let http: ProviderHTTPClient

    /// Creates the provider.
    public init(setup: ProviderSetup) throws {
        self.http = setup.http
    }

    /// Playmatch has no name search.
    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] { [] }

    /// Playmatch has no get-by-id endpoint.
    public func game(id: String) async throws -> Game? { nil }

    /// Playmatch needs the file size and hashes, not just a name.
    public func identify(fileName: String, platformID: Int?) async throws -> Game? { nil }

    /// The ids Playmatch knows for this file; needs the file name (the size is in `hashes`).
    public func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game? {
        guard let fileName, !fileName.isEmpty else { return nil }
        let answer = try await lookup(fileName: fileName, hashes: hashes, operation: "hash")
        return answer.flatMap { Self.game(from: $0, fileName: fileName) }
    }

    /// Asks about a file that cannot exist: any answer but an error means Playmatch works.
    public func heartbeat() async throws {
        _ = try await lookup(
            fileName: "retro-metadata-heartbeat.bin", hashes: FileHashes(size: 0, crc32: "", md5: "", sha1: ""),
            operation: "heartbeat")
    }

    private func lookup(fileName: String, hashes: FileHashes, operation: String) async throws -> Wire.Answer? {
        var query = [("fileName", fileName), ("fileSize", String(hashes.size))]
        for (name, value) in [("md5", hashes.md5), ("sha1", hashes.sha1), ("crc", hashes.crc32)] where !value.isEmpty {
            query.append((name, value))
        }
        let request = http.request(
            .get, http.url("/identify/ids", query: query), headers: [("Accept", "application/json")])
        let response = try await http.send(request, operation: operation)
        if response.status == 404 { return nil }
        try http.checkStatus(response, operation: operation, credentialHint: Self.credentialHint)
        return try http.decode(Wire.Answer.self, from: response, operation: operation)
    }
}
