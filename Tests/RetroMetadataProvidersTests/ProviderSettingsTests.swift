import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders
import Testing

@Suite("Provider settings from the environment")
struct ProviderSettingsTests {
    let igdb = IGDBProvider.descriptor

    @Test("reads credentials, base URL, options, timeout, priority and rate limit")
    func reads() throws {
        let settings = try ProviderSettings(
            environment: [
                "RETRO_METADATA_IGDB_CLIENT_ID": "id-value", "RETRO_METADATA_IGDB_CLIENT_SECRET": "secret-value",
                "RETRO_METADATA_IGDB_BASE_URL": "http://mirror.example/v4",
                "RETRO_METADATA_IGDB_TOKEN_URL": "http://mirror.example/token",
                "RETRO_METADATA_IGDB_TIMEOUT": "2.5", "RETRO_METADATA_IGDB_PRIORITY": "7",
                "RETRO_METADATA_IGDB_RATE_LIMIT": "2", "RETRO_METADATA_MOBYGAMES_API_KEY": "other",
            ], for: igdb)
        #expect(settings.credentials == ["client_id": "id-value", "client_secret": "secret-value"])
        #expect(settings.baseURL == "http://mirror.example/v4")
        #expect(settings.options == ["token_url": "http://mirror.example/token"])
        #expect(settings.timeout == .milliseconds(2500))
        #expect(settings.priority == 7)
        #expect(settings.rateLimit == RateLimit(spacing: .milliseconds(500), maxConcurrent: 8))
        #expect(igdb.status(with: settings) == .enabled)
        #expect(!"\(settings)".contains("secret-value"))
    }

    @Test("ENABLED=false turns a configured provider off with a reason")
    func disabled() throws {
        let settings = try ProviderSettings(
            environment: [
                "RETRO_METADATA_IGDB_CLIENT_ID": "a-id", "RETRO_METADATA_IGDB_CLIENT_SECRET": "a-secret",
                "RETRO_METADATA_IGDB_ENABLED": "false",
            ], for: igdb)
        #expect(igdb.status(with: settings) == .disabled(reason: "turned off (RETRO_METADATA_IGDB_ENABLED)"))
    }

    @Test("bad values are errors naming the variable", arguments: ["TIMEOUT", "PRIORITY", "ENABLED", "RATE_LIMIT"])
    func badValues(_ key: String) {
        let name = "RETRO_METADATA_IGDB_\(key)"
        let error = #expect(throws: RetroMetadataError.self) {
            try ProviderSettings(environment: [name: "nonsense"], for: igdb)
        }
        #expect(error?.field == name)
    }

    @Test("the catalog lists each provider once")
    func catalog() {
        let keys = ProviderCatalog.all.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(ProviderCatalog.descriptor(for: .igdb)?.displayName == "IGDB")
        // Every built-in network provider runs the conformance suite; local sources have their own suites.
        let network = ProviderCatalog.all.filter { !$0.isLocal }.map(\.key)
        #expect(Set(allScenarios.map(\.descriptor.key)) == Set(network))
    }
}
