import RetroMetadataHTTP

/// Flashpoint's online search API (`db-api.unstable.life`): `search?smartSearch=` and `search?id=`.
struct FlashpointAPI: FlashpointCatalog {
    let http: ProviderHTTPClient
    static let credentialHint = "Flashpoint needs no credentials; check RETRO_METADATA_FLASHPOINT_BASE_URL"

    func search(_ term: String, limit: Int) async throws -> [FlashpointGame] {
        Array(try await get([("smartSearch", term), ("filter", "false")], operation: "search").prefix(limit))
    }

    func game(id: String) async throws -> FlashpointGame? {
        try await get([("id", id), ("filter", "false")], operation: "get").first { $0.id == id }
    }

    /// Succeeds when the platform list answers.
    func heartbeat() async throws {
        let response = try await http.send(http.request(.get, http.url("/platforms")), operation: "heartbeat")
        try http.checkStatus(response, operation: "heartbeat", credentialHint: Self.credentialHint)
    }

    private func get(_ query: [(String, String)], operation: String) async throws -> [FlashpointGame] {
        let request = http.request(.get, http.url("/search", query: query), headers: [("Accept", "application/json")])
        let response = try await http.send(request, operation: operation)
        if response.status == 404 { return [] }
        try http.checkStatus(response, operation: operation, credentialHint: Self.credentialHint)
        return try http.decode([FlashpointGame].self, from: response, operation: operation).filter { !$0.id.isEmpty }
    }
}
