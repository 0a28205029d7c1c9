import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataHTTP

extension HasheousProvider {
    /// The IGDB collections the proxy is asked to expand (the list RomM requests).
    static let proxyExpandColumns = [
        "age_ratings", "alternative_names", "collections", "cover", "dlcs", "expanded_games", "franchise",
        "franchises", "game_modes", "genres", "involved_companies", "platforms", "ports", "remakes", "screenshots",
        "similar_games", "videos",
    ]

    /// The lookup's game enriched with the IGDB record Hasheous proxies; the lookup alone when the proxy fails.
    func enriched(_ game: Game) async -> Game {
        guard let igdbID = game.ids[.igdb], Int(igdbID) != nil else { return game }
        do {
            guard let record = try await proxyGame(igdbID: igdbID) else { return game }
            return Self.merge(record, into: game)
        } catch {
            // The hash match stands on its own; only the extra metadata is lost.
            http.logger.warning("Hasheous IGDB proxy failed", metadata: ["error": "\(error)"])
            return game
        }
    }

    /// `GET /MetadataProxy/IGDB/Game?Id=<id>&expandColumns=...`; `nil` when Hasheous does not have it.
    func proxyGame(igdbID: String) async throws -> Wire.ProxyGame? {
        let url = http.url(
            "/MetadataProxy/IGDB/Game",
            query: [("Id", igdbID), ("expandColumns", Self.proxyExpandColumns.joined(separator: ", "))])
        let response = try await http.send(http.request(.get, url, headers: headers), operation: "hash")
        if response.status == 404 { return nil }
        try http.checkStatus(response, operation: "hash", credentialHint: Self.credentialHint)
        return try http.decode(Wire.ProxyGame.self, from: response, operation: "hash")
    }

    /// Headers of every Hasheous call: JSON, and the client key when configured.
    var headers: [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [
            ("Accept", "application/json"), ("Content-Type", "application/json-patch+json"),
        ]
        if let clientKey { headers.append(("X-Client-API-Key", clientKey)) }
        return headers
    }
}
