import RetroMetadata
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders
import Testing

@Suite("Config file and environment")
struct ConfigTests {
    static let yaml = """
        providers:
          igdb:
            enabled: true
            priority: 3
            timeout: 12
            rate_limit: 2
            credentials:
              client_id: file-client-id
              client_secret: file-client-secret
          hltb:
            enabled: false
        preferences:
          regions: [eu, us]
          languages: fr, en
        cache:
          url: memory
        fields:
          default: [igdb, screenscraper]
          summary: [mobygames]
        media:
          cover: [steamgriddb]
        """

    @Test("the file fills the same settings the environment does, and the environment wins")
    func fileAndEnvironment() throws {
        let file = try ConfigFile(yaml: Self.yaml, path: "config.yaml")
        let config = try RetroMetadataConfig(
            file: file, environment: ["RETRO_METADATA_IGDB_CLIENT_ID": "env-client-id", "UNRELATED": "x"])
        let igdb = try #require(config.providers[.igdb])
        #expect(igdb.credential("client_id") == "env-client-id")
        #expect(igdb.credential("client_secret") == "file-client-secret")
        #expect(igdb.priority == 3)
        #expect(igdb.timeout == .seconds(12))
        #expect(igdb.rateLimit?.spacing == RateLimit.perSecond(2).spacing)
        #expect(config.providers[.hltb]?.enabled == false)
        #expect(config.regions == ["eu", "us"])
        #expect(config.languages == ["fr", "en"])
        #expect(config.cacheURL == "memory")
        #expect(config.fieldPriorities.order(for: .summary) == [.mobygames])
        #expect(config.fieldPriorities.order(for: .genres) == [.igdb, .screenscraper])
        #expect(config.fieldPriorities.order(for: .cover) == [.steamgriddb])
        #expect(config.origins["RETRO_METADATA_IGDB_CLIENT_SECRET"]?.line == 9)
        #expect(config.origins["RETRO_METADATA_IGDB_CLIENT_ID"]?.key == "RETRO_METADATA_IGDB_CLIENT_ID")
    }

    @Test("scrape.jobs sets the games identified at once; the environment wins; it must be a positive number")
    func scrapeJobs() throws {
        let file = try ConfigFile(yaml: "scrape:\n  jobs: 6\n", path: "config.yaml")
        #expect(try RetroMetadataConfig(file: file, environment: [:]).scrapeJobs == 6)
        let overridden = try RetroMetadataConfig(file: file, environment: ["RETRO_METADATA_SCRAPE_JOBS": "2"])
        #expect(overridden.scrapeJobs == 2)
        #expect(try RetroMetadataConfig(file: nil, environment: [:]).scrapeJobs == nil)
        let bad = try ConfigFile(yaml: "scrape:\n  jobs: 0\n", path: "config.yaml")
        let error = #expect(throws: ConfigError.self) { _ = try RetroMetadataConfig(file: bad, environment: [:]) }
        #expect(
            error?.description.hasPrefix("config.yaml:2:9: scrape.jobs: 0 is not valid") == true,
            "\(error?.description ?? "")")
        let unknown = #expect(throws: ConfigError.self) {
            _ = try ConfigFile(yaml: "scrape:\n  threads: 3\n", path: "c.yaml")
        }
        #expect(unknown?.description.contains("scrape.threads: unknown key") == true)
    }

    @Test(
        "a bad value names the key, line and column",
        arguments: [
            ("providers:\n  igdb:\n    enabled: maybe\n", "config.yaml:3:14: providers.igdb.enabled"),
            ("providers:\n  igdbb:\n    enabled: true\n", "config.yaml:3:5: providers.igdbb: unknown provider"),
            ("providers:\n  igdb:\n    colour: red\n", "config.yaml:3:13: providers.igdb.colour: unknown key"),
            (
                "providers:\n  igdb:\n    credentials:\n      token: x\n",
                "config.yaml:4:14: providers.igdb.credentials.token: unknown key"
            ),
            ("fields:\n  flavour: [igdb]\n", "config.yaml:2:12: fields.flavour: unknown key"),
            ("telemetry: on\n", "config.yaml:1:12: telemetry: unknown section"),
            ("providers: [\n", "config.yaml:2:1: not valid YAML"),
        ])
    func badValues(yaml: String, expected: String) throws {
        let error = #expect(throws: ConfigError.self) {
            _ = try RetroMetadataConfig(file: try ConfigFile(yaml: yaml, path: "config.yaml"), environment: [:])
        }
        #expect(error?.description.hasPrefix(expected) == true, "\(error?.description ?? "")")
    }

    @Test("a bad environment value names the variable")
    func badEnvironment() {
        let error = #expect(throws: ConfigError.self) {
            _ = try RetroMetadataConfig(file: nil, environment: ["RETRO_METADATA_MOBYGAMES_TIMEOUT": "soon"])
        }
        #expect(error?.key == "RETRO_METADATA_MOBYGAMES_TIMEOUT")
        #expect(error?.file == nil)
    }

    @Test("secrets are masked to their first and last two characters")
    func masking() {
        #expect(SecretMask.mask("abcdefxyz") == "ab***yz")
        #expect(SecretMask.mask("short") == "***")
    }
}
