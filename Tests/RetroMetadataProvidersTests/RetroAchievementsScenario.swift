import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting

extension ProviderScenario {
    static let retroachievements = ProviderScenario(
        descriptor: RetroAchievementsProvider.descriptor,
        credentials: ["api_key": "fake-ra-web-api-key", "username": "fake-ra-user"],
        options: { ["media_url": $0 + "/media"] },
        apiRoot: { $0 + "/API" },
        searchRoute: FixtureRoute("GET", "/API/API_GetGameList.php"),
        searchFixture: { try Fixtures.json("retroachievements/list.json") },
        searchQuery: "sonic",
        expectedSearchName: "Sonic the Hedgehog",
        emptyFixture: .json("[]"),
        getRoute: FixtureRoute("GET", "/API/API_GetGameExtended.php") { $0.queryValue("i") == "1" },
        getID: "1",
        getFixture: { try Fixtures.json("retroachievements/extended.json") },
        expectedGameName: "Sonic the Hedgehog",
        searchPlatformID: 1)
}
