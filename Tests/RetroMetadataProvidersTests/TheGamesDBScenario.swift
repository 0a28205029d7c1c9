import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting

extension ProviderScenario {
    static let thegamesdb = ProviderScenario(
        descriptor: TheGamesDBProvider.descriptor,
        credentials: ["api_key": "fake-tgdb-api-key"],
        apiRoot: { $0 + "/v1" },
        installAuth: { server in
            for table in ["Genres", "Developers", "Publishers"] {
                server.on("GET", "/v1/\(table)", try Fixtures.json("thegamesdb/\(table.lowercased()).json"))
            }
        },
        searchRoute: FixtureRoute("GET", "/v1/Games/ByGameName"),
        searchFixture: { try Fixtures.json("thegamesdb/by-name.json") },
        searchQuery: "sonic",
        expectedSearchName: "Sonic the Hedgehog",
        emptyFixture: .json(
            #"{"code":200,"status":"Success","data":{"count":0,"games":[]},"remaining_monthly_allowance":10}"#),
        getRoute: FixtureRoute("GET", "/v1/Games/ByGameID") { $0.queryValue("id") == "139" },
        getID: "139",
        getFixture: { try Fixtures.json("thegamesdb/by-id.json") },
        expectedGameName: "Sonic the Hedgehog")
}
