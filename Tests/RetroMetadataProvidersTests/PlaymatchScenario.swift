import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting

extension ProviderScenario {
    static let playmatch = ProviderScenario(
        descriptor: PlaymatchProvider.descriptor,
        credentials: [:],
        apiRoot: { $0 + "/api/v2" },
        searchRoute: FixtureRoute("GET", "/api/v2/identify/ids"),
        searchFixture: { try Fixtures.json("playmatch/match.json") },
        searchQuery: "Super Mario World (USA).sfc",
        expectedSearchName: "Super Mario World",
        emptyFixture: .json(#"{"gameMatchType": "NoMatch", "id": null}"#),
        getRoute: FixtureRoute("GET", "/none"),
        getID: "",
        getFixture: { .json("{}") },
        expectedGameName: "",
        hashLookup: sampleHashes)
}
