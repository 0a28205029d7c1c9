import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders
import Testing

@Suite("Environment settings of RetroAchievements, SteamGridDB, HowLongToBeat, Hasheous and Playmatch")
struct ProviderCredentialTests {
    @Test("credential keys land in credentials, provider options in options")
    func split() throws {
        let environment = [
            "RETRO_METADATA_RETROACHIEVEMENTS_API_KEY": "ra-key", "RETRO_METADATA_RETROACHIEVEMENTS_USERNAME": "me",
            "RETRO_METADATA_RETROACHIEVEMENTS_MEDIA_URL": "http://mirror/media",
            "RETRO_METADATA_STEAMGRIDDB_API_KEY": "sgdb-key", "RETRO_METADATA_STEAMGRIDDB_NSFW": "true",
            "RETRO_METADATA_HLTB_SEARCH_URL": "/finder", "RETRO_METADATA_HASHEOUS_CLIENT_API_KEY": "client-key",
        ]
        let ra = try ProviderSettings(environment: environment, for: RetroAchievementsProvider.descriptor)
        #expect(ra.credentials == ["api_key": "ra-key", "username": "me"])
        #expect(ra.options == ["media_url": "http://mirror/media"])
        let sgdb = try ProviderSettings(environment: environment, for: SteamGridDBProvider.descriptor)
        #expect(sgdb.credentials == ["api_key": "sgdb-key"])
        #expect(sgdb.options == ["nsfw": "true"])
        let hltb = try ProviderSettings(environment: environment, for: HLTBProvider.descriptor)
        #expect(hltb.options == ["search_url": "/finder"])
        let hasheous = try ProviderSettings(environment: environment, for: HasheousProvider.descriptor)
        #expect(hasheous.credentials == ["client_api_key": "client-key"])
        #expect(hasheous.secretValues == ["client-key"])
    }

    @Test("keyless providers are enabled by default and can be turned off")
    func keyless() throws {
        for descriptor in [HLTBProvider.descriptor, HasheousProvider.descriptor, PlaymatchProvider.descriptor] {
            #expect(descriptor.status(with: ProviderSettings()) == .enabled)
            let prefix = ProviderSettings.environmentPrefix(descriptor.key)
            let off = try ProviderSettings(environment: [prefix + "ENABLED": "0"], for: descriptor)
            #expect(!descriptor.status(with: off).isEnabled)
        }
    }

    @Test("the catalog lists the new providers in priority order")
    func catalog() {
        let keys = ProviderCatalog.all.map(\.key)
        let mine: [ProviderKey] = [.retroachievements, .steamgriddb, .hltb, .hasheous, .playmatch]
        #expect(mine.allSatisfy(keys.contains))
        let priorities = ProviderCatalog.all.map(\.defaultPriority)
        #expect(priorities == priorities.sorted())
    }
}
