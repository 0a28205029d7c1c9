import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting

extension ProviderScenario {
    static let mobygames = ProviderScenario(
        descriptor: MobyGamesProvider.descriptor,
        credentials: ["api_key": "fake-moby-api-key"],
        apiRoot: { $0 + "/v1" },
        searchRoute: FixtureRoute("GET", "/v1/games") { $0.queryValue("title") != nil },
        searchFixture: { try Fixtures.json("mobygames/games.json") },
        searchQuery: "zelda",
        expectedSearchName: "The Legend of Zelda: A Link to the Past",
        emptyFixture: .json(#"{"games": []}"#),
        getRoute: FixtureRoute("GET", "/v1/games") { $0.queryValue("id") == "564" },
        getID: "564",
        getFixture: { try Fixtures.json("mobygames/games.json") },
        expectedGameName: "The Legend of Zelda: A Link to the Past")
}
