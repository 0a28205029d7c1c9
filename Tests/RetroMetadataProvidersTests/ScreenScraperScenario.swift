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
        emptyFixture: .json(#"{"header": {"success": "true"}, "response": {"jeux": [{}]}}"#),
        getRoute: FixtureRoute("GET", "/api2/jeuInfos.php") { $0.queryValue("gameid") == "4242" },
        getID: "4242",
        getFixture: { try Fixtures.json("screenscraper/game.json") },
        expectedGameName: "Sonic: The Hedgehog 2",
        unauthorizedCode: .unavailable,
        hash: HashScenario(
            route: FixtureRoute("GET", "/api2/jeuInfos.php") { $0.queryValue("sha1") != nil },
            fixture: { try Fixtures.json("screenscraper/game.json") },
            hashes: FileHashes(
                size: 1_048_576, crc32: "24ab4c3a", md5: "9feb8f3a9f3b3d6c8e0f1a2b3c4d5e6f",
                sha1: "7b97a8f93f6b3c3e5d1a2b3c4d5e6f708192a3b4"),
            fileName: "Sonic the Hedgehog 2 (World).md", platformID: 1, expectedName: "Sonic: The Hedgehog 2"))
}
