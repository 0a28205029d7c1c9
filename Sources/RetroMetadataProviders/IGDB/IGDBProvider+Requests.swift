import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataHTTP

extension IGDBProvider {
    static let credentialHint =
        "check RETRO_METADATA_IGDB_CLIENT_ID and RETRO_METADATA_IGDB_CLIENT_SECRET (a Twitch application)"

    /// Posts an Apicalypse query to `/games`, renewing the token once on 401.
    func games(_ query: Apicalypse, operation: String) async throws -> [Wire.Game] {
        let token = try await tokens.token()
        var response = try await post(query, token: token, operation: operation)
        if response.status == 401 {
            http.logger.debug("IGDB token refused; fetching a new one")
            await tokens.invalidate(token)
            response = try await post(query, token: try await tokens.token(), operation: operation)
        }
        try http.checkStatus(response, operation: operation, credentialHint: Self.credentialHint)
        return try http.decode([Wire.Game].self, from: response, operation: operation)
    }

    private func post(_ query: Apicalypse, token: String, operation: String) async throws -> HTTPResponse {
        var request = http.request(
            .post, http.url("/games"),
            headers: [("Accept", "application/json"), ("Client-ID", clientID), ("Authorization", "Bearer \(token)")],
            body: Data(query.text.utf8))
        request.redactor.add(token)
        return try await http.send(request, operation: operation)
    }

    /// Gets a client-credentials token from Twitch (parameters in the query, empty body).
    static func fetchToken(http: ProviderHTTPClient, tokenURL: String, clientID: String, secret: String) async throws
        -> BearerTokenCache.Token
    {
        let url = URLQuery.append(
            [("client_id", clientID), ("client_secret", secret), ("grant_type", "client_credentials")], to: tokenURL)
        let response = try await http.send(http.request(.post, url), operation: "token")
        if response.status == 400 || response.status == 401 || response.status == 403 {
            throw ProviderError.authentication(.igdb, operation: "token", status: response.status, hint: credentialHint)
        }
        try http.checkStatus(response, operation: "token", credentialHint: credentialHint)
        let token = try http.decode(Wire.Token.self, from: response, operation: "token")
        guard !token.accessToken.isEmpty, token.expiresIn > 0 else {
            throw ProviderError.authentication(.igdb, operation: "token", hint: "Twitch returned no usable token")
        }
        return BearerTokenCache.Token(value: token.accessToken, lifetime: .seconds(token.expiresIn))
    }
}
