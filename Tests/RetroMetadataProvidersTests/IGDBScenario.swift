import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting

extension ProviderScenario {
    static let igdb = ProviderScenario(
        descriptor: IGDBProvider.descriptor,
        credentials: ["client_id": "fake-igdb-client-id", "client_secret": "fake-igdb-client-secret"],
        options: { ["token_url": $0 + "/oauth2/token"] },
        apiRoot: { $0 + "/v4" },
        installAuth: { server in server.on("POST", "/oauth2/token", try Fixtures.json("igdb/token.json")) },
        searchRoute: FixtureRoute("POST", "/v4/games") { $0.bodyText.hasPrefix("search ") },
        searchFixture: { try Fixtures.json("igdb/search.json") },
        searchQuery: "super mario world",
        expectedSearchName: "Super Mario World",
        emptyFixture: .json("[]"),
        getRoute: FixtureRoute("POST", "/v4/games") { $0.bodyText.contains("where id=") },
        getID: "1074",
        getFixture: { try Fixtures.json("igdb/games.json") },
        expectedGameName: "Super Mario World")
}
