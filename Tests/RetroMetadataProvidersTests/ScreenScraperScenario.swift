import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting

extension ProviderScenario {
    static let screenscraper = ProviderScenario(
        descriptor: ScreenScraperProvider.descriptor,
        credentials: [
            "devid": "fake-ss-devid", "devpassword": "fake-ss-devpassword", "username": "fake-ss-user",
            "password": "fake-ss-password",
        ],
        apiRoot: { $0 + "/api2" },
        searchRoute: FixtureRoute("GET", "/api2/jeuRecherche.php"),
        searchFixture: { try Fixtures.json("screenscraper/search.json") },
        searchQuery: "sonic",
        expectedSearchName: "Sonic: The Hedgehog 2",
        emptyFixture: try! Fixtures.json("screenscraper/empty.json"),
        getRoute: FixtureRoute("GET", "/api2/jeuInfos.php") { $0.queryValue("gameid") == "4242" },
        getID: "4242",
        getFixture: { try Fixtures.json("screenscraper/game.json") },
        expectedGameName: "Sonic: The Hedgehog 2",
        unauthorizedCode: .unavailable)
}
