import Foundation
import RetroMetadataCore
import RetroMetadataHTTP

extension RetroAchievementsProvider {
    static let credentialHint =
        "check RETRO_METADATA_RETROACHIEVEMENTS_API_KEY (the web API key at retroachievements.org/settings) "
        + "and RETRO_METADATA_RETROACHIEVEMENTS_USERNAME (the account that owns it)"

    /// The console's games that have achievements, with their ROM hashes, downloaded once.
    func gameList(console: Int, operation: String) async throws -> [Wire.ListedGame] {
        try await lists.list(console) { [self] in
            try await get(
                [Wire.ListedGame].self, "/API_GetGameList.php",
                query: [("i", String(console)), ("f", "1"), ("h", "1")], operation: operation)
        }
    }

    /// GETs `endpoint` with the `z`/`y` credentials; 401 and 422 become errors saying what to fix.
    func get<Value: Decodable>(
        _ type: Value.Type, _ endpoint: String, query: [(String, String)], operation: String
    ) async throws -> Value {
        let url = http.url(endpoint, query: query + [("z", username), ("y", apiKey)])
        let response = try await http.send(
            http.request(.get, url, headers: [("Accept", "application/json")]), operation: operation)
        switch response.status {
        case 401:
            throw ProviderError.authentication(
                .retroachievements, operation: operation, status: 401, hint: Self.credentialHint)
        case 422:
            let message = (try? JSONDecoder().decode(Wire.Failure.self, from: response.body))?.summary
            throw ProviderError.configuration(
                .retroachievements, operation: operation,
                detail: "RetroAchievements refused the request (HTTP 422: "
                    + http.redactor.redact(message ?? http.snippet(response)) + "); " + Self.credentialHint)
        default:
            try http.checkStatus(response, operation: operation, credentialHint: Self.credentialHint)
        }
        return try http.decode(type, from: response, operation: operation)
    }
}
