import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting

extension ProviderScenario {
    static let steamgriddb = ProviderScenario(
        descriptor: SteamGridDBProvider.descriptor,
        credentials: ["api_key": "fake-steamgriddb-api-key"],
        apiRoot: { $0 + "/api/v2" },
        searchRoute: .prefix("GET", "/api/v2/search/autocomplete/"),
        searchFixture: { try Fixtures.json("steamgriddb/search.json") },
        searchQuery: "super mario world",
        expectedSearchName: "Super Mario World",
        emptyFixture: .json(#"{"success": true, "data": []}"#),
        getRoute: FixtureRoute("GET", "/api/v2/games/id/2254"),
        getID: "2254",
        getFixture: { try Fixtures.json("steamgriddb/game.json") },
        expectedGameName: "Super Mario World",
        identifyNeedsPlatform: false)
}
