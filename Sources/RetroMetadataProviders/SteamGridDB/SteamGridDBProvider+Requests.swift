import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

extension SteamGridDBProvider {
    static let credentialHint =
        "check RETRO_METADATA_STEAMGRIDDB_API_KEY (from steamgriddb.com/profile/preferences/api)"

    /// Which artwork the user accepts: `nsfw` off, `humor` and `epilepsy` on unless the options say otherwise.
    struct ContentFilters: Sendable, Hashable {
        var nsfw = false
        var humor = true
        var epilepsy = true

        init(options: [String: String]) throws {
            func read(_ key: String, default value: Bool) throws -> Bool {
                guard let text = options[key] else { return value }
                guard let flag = ProviderSettings.flag(text) else {
                    throw ProviderError.configuration(
                        .steamgriddb, operation: "create",
                        detail: "RETRO_METADATA_STEAMGRIDDB_\(key.uppercased())=\(text) is not true or false")
                }
                return flag
            }
            nsfw = try read("nsfw", default: false)
            humor = try read("humor", default: true)
            epilepsy = try read("epilepsy", default: true)
        }

        /// The query items: `any` admits flagged images, `false` excludes them.
        var query: [(String, String)] {
            [
                ("nsfw", nsfw ? "any" : "false"), ("humor", humor ? "any" : "false"),
                ("epilepsy", epilepsy ? "any" : "false"),
            ]
        }
    }

    /// Artwork lists of one game by kind of endpoint.
    struct Artwork: Sendable {
        var grids: [Wire.Image] = []
        var heroes: [Wire.Image] = []
        var logos: [Wire.Image] = []
        var icons: [Wire.Image] = []
    }

    /// Autocomplete search; the term is one path segment.
    func autocomplete(_ term: String, operation: String) async throws -> [Wire.Game] {
        guard !term.isEmpty else { return [] }
        return try await get([Wire.Game].self, "/search/autocomplete/\(URLQuery.encode(term))", operation: operation)
            ?? []
    }

    /// The four artwork lists of `gameID`, fetched together; a game without some kind simply has none.
    func artwork(gameID: Int) async throws -> Artwork {
        async let grids = images("grids", gameID)
        async let heroes = images("heroes", gameID)
        async let logos = images("logos", gameID)
        async let icons = images("icons", gameID)
        return Artwork(grids: try await grids, heroes: try await heroes, logos: try await logos, icons: try await icons)
    }

    private func images(_ kind: String, _ gameID: Int) async throws -> [Wire.Image] {
        try await get([Wire.Image].self, "/\(kind)/game/\(gameID)", query: filters.query, operation: "media") ?? []
    }

    /// GETs `path` and unwraps `{"success": true, "data": ...}`; 404 is `nil`.
    func get<Value: Decodable & Sendable>(
        _ type: Value.Type, _ path: String, query: [(String, String)] = [], operation: String
    ) async throws -> Value? {
        let request = http.request(
            .get, http.url(path, query: query),
            headers: [("Accept", "application/json"), ("Authorization", "Bearer \(apiKey)")])
        let response = try await http.send(request, operation: operation)
        if response.status == 404 { return nil }
        try http.checkStatus(response, operation: operation, credentialHint: Self.credentialHint)
        let envelope = try http.decode(Wire.Envelope<Value>.self, from: response, operation: operation)
        guard envelope.success != false, let data = envelope.data else {
            let detail = (envelope.errors ?? []).joined(separator: "; ")
            throw ProviderError.badResponse(
                .steamgriddb, operation: operation, status: response.status,
                detail: http.redactor.redact(detail.isEmpty ? "success is false" : detail))
        }
        return data
    }
}
