import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting

extension ProviderScenario {
    /// The session the fake site hands out; its token and hp value must never be logged.
    static let hltbSession = #"{"token": "fake-hltb-session-token", "hpKey": "hpkey-1", "hpVal": "fake-hltb-hp-value"}"#

    static let hltb = ProviderScenario(
        descriptor: HLTBProvider.descriptor,
        credentials: [:],
        // The search URL is given, so no discovery can time out quietly; HLTBProviderTests cover discovery.
        options: { ["search_url": $0 + "/api/bleed"] },
        apiRoot: { $0 + "/api" },
        installAuth: { server in
            // The published endpoint is an absolute URL, as it is today.
            server.on("GET", "/endpoint.txt", .text(server.baseURL + "/api/bleed\n"))
            server.on("GET", "/api/bleed/init", .json(hltbSession))
        },
        searchRoute: FixtureRoute("POST", "/api/bleed"),
        searchFixture: { try Fixtures.json("hltb/search.json") },
        searchQuery: "super mario world",
        expectedSearchName: "Super Mario World",
        emptyFixture: .json(#"{"count": 0, "data": [], "userData": []}"#),
        getRoute: FixtureRoute("GET", "/game/9364"),
        getID: "9364",
        getFixture: { .text(try Fixtures.text("hltb/game-page.html"), contentType: "text/html") },
        expectedGameName: "Super Mario World",
        identifyNeedsPlatform: false,
        runtimeSecrets: ["fake-hltb-session-token", "fake-hltb-hp-value"])
}
