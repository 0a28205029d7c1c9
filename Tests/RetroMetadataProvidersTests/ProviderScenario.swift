import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders
import RetroMetadataTesting
import Testing

/// How one provider is driven by the shared conformance suite: its fake credentials, routes and fixtures.
struct ProviderScenario: Sendable, CustomTestStringConvertible {
    /// The provider under test.
    var descriptor: ProviderDescriptor
    /// Fake credentials; the suite checks none of them leaks.
    var credentials: [String: String]
    /// Extra settings options (token URL...), given the server's base URL.
    var options: @Sendable (String) -> [String: String] = { _ in [:] }
    /// The API root at the loopback server, given its base URL.
    var apiRoot: @Sendable (String) -> String
    /// Installs routes every call needs (token endpoints).
    var installAuth: @Sendable (LoopbackServer) throws -> Void = { _ in }
    /// The route a search hits.
    var searchRoute: FixtureRoute
    /// A successful search answer, with the query and the expected first result name.
    var searchFixture: @Sendable () throws -> FixtureResponse
    var searchQuery: String
    var expectedSearchName: String
    /// An answer meaning "no results".
    var emptyFixture: FixtureResponse
    /// The route a get-by-id hits, the id asked and the fixture and expected name.
    var getRoute: FixtureRoute
    var getID: String
    var getFixture: @Sendable () throws -> FixtureResponse
    var expectedGameName: String
    /// The error code a 401 on the data route produces.
    var unauthorizedCode: ProviderError.Code = .authentication
    /// Whether identify by name answers `nil` without asking anything when no platform id is given.
    var identifyNeedsPlatform = true
    /// The hash lookup, for providers that are `HashIdentifying`.
    var hash: HashScenario?

    /// How a hash lookup is driven: route, answer, hashes and the expected name.
    struct HashScenario: Sendable {
        var route: FixtureRoute
        var fixture: @Sendable () throws -> FixtureResponse
        var hashes: FileHashes
        var fileName: String
        var platformID: Int?
        var expectedName: String
    }

    var testDescription: String { descriptor.displayName }

    /// Settings pointing at `server`.
    func settings(_ server: LoopbackServer, timeout: Duration = .seconds(10)) -> ProviderSettings {
        ProviderSettings(
            credentials: credentials, baseURL: apiRoot(server.baseURL), options: options(server.baseURL),
            timeout: timeout)
    }

    /// Creates the provider against `server` with instant waits and a capturing logger; the generous default
    /// timeout keeps a busy machine from failing tests, the timeout test passes a short one.
    func makeProvider(_ server: LoopbackServer, logs: CapturingLogHandler.Store, timeout: Duration = .seconds(10))
        throws -> any MetadataProvider
    {
        let environment = ProviderEnvironment(
            logger: CapturingLogHandler.logger(logs), time: ManualTimeSource(),
            retryPolicy: RetryPolicy(maxAttempts: 2))
        return try descriptor.makeProvider(settings: settings(server, timeout: timeout), environment: environment)
    }
}
