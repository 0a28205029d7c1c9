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

    /// Provider platform id passed to searches (providers that search within one console need it).
    var searchPlatformID: Int? = nil
    /// For hash-only providers: the hashes the suite's main call looks up instead of searching.
    var hashLookup: FileHashes? = nil
    /// Values obtained at run time (session tokens) that must never reach logs or errors either.
    var runtimeSecrets: [String] = []

    var testDescription: String { descriptor.displayName }

    /// Every value the suite checks never leaks: credentials and run-time secrets.
    var secrets: [String] { Array(credentials.values) + runtimeSecrets }

    /// The suite's main call: a search, or for hash-only providers a hash lookup (with `query` as the file name)
    /// reported as a one-element result list.
    func lookup(_ provider: any MetadataProvider, _ query: String) async throws -> [SearchResult] {
        guard let hashes = hashLookup, let hashing = provider as? any HashIdentifying else {
            return try await provider.search(query, platformID: searchPlatformID, limit: 10)
        }
        let game = try await hashing.identify(hashes: hashes, fileName: query, platformID: searchPlatformID)
        return game.map { [SearchResult(name: $0.name, provider: descriptor.key, id: $0.ids[descriptor.key] ?? "")] }
            ?? []
    }

    /// Settings pointing at `server`; the generous default timeout keeps a busy machine from failing tests.
    func settings(_ server: LoopbackServer, timeout: Duration = .seconds(30)) -> ProviderSettings {
        ProviderSettings(
            credentials: credentials, baseURL: apiRoot(server.baseURL), options: options(server.baseURL),
            timeout: timeout)
    }

    /// Creates the provider against `server` with instant waits and a capturing logger; the generous default
    /// timeout keeps a busy machine from failing tests, the timeout test passes a short one.
    func makeProvider(_ server: LoopbackServer, logs: CapturingLogHandler.Store, timeout: Duration = .seconds(30))
        throws -> any MetadataProvider
    {
        let environment = ProviderEnvironment(
            logger: CapturingLogHandler.logger(logs), time: ManualTimeSource(),
            retryPolicy: RetryPolicy(maxAttempts: 2))
        return try descriptor.makeProvider(settings: settings(server, timeout: timeout), environment: environment)
    }
}
