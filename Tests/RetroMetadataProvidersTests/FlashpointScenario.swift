import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting

extension ProviderScenario {
    static let flashpoint = ProviderScenario(
        descriptor: FlashpointProvider.descriptor,
        credentials: [:],
        apiRoot: { $0 },
        searchRoute: FixtureRoute("GET", "/search"),
        searchFixture: { try Fixtures.json("flashpoint/search.json") },
        searchQuery: "Paper Plane Rally",
        expectedSearchName: "Paper Plane Rally",
        emptyFixture: .json("[]"),
        getRoute: FixtureRoute("GET", "/search"),
        getID: "5a0c3e21-7b4d-4f0e-9c1a-2d3e4f5a6b7c",
        getFixture: { try Fixtures.json("flashpoint/search.json") },
        expectedGameName: "Paper Plane Rally",
        identifyNeedsPlatform: false)
}
