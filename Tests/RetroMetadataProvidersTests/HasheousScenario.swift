import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting

extension ProviderScenario {
    /// Hashes of a fictional ROM, used by the hash-only providers' scenarios.
    static let sampleHashes = FileHashes(
        size: 524_288, crc32: "B19ED489", md5: "CDD3C8C37322978CA8669B34BC89C804",
        sha1: "6b47bb75d16514b6a476aa0c73a683a2a4c18765")

    static let hasheous = ProviderScenario(
        descriptor: HasheousProvider.descriptor,
        credentials: ["client_api_key": "fake-hasheous-client-key"],
        apiRoot: { $0 + "/api/v1" },
        searchRoute: FixtureRoute("POST", "/api/v1/Lookup/ByHash"),
        searchFixture: { try Fixtures.json("hasheous/lookup.json") },
        searchQuery: "Super Mario World (USA).sfc",
        expectedSearchName: "Super Mario World",
        emptyFixture: .text("Not Found", status: 404),
        getRoute: FixtureRoute("GET", "/none"),
        getID: "",
        getFixture: { .json("{}") },
        expectedGameName: "",
        hashLookup: sampleHashes)
}
