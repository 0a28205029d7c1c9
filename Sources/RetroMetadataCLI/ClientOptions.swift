import ArgumentParser
import Foundation
import Logging
import RetroMetadata
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders
import RetroMetadataStore

/// `--platform`, `--providers`, the config and the cache: what `search` and `identify` need to build a client.
struct ClientOptions: ParsableArguments {
    @Option(help: "Universal platform slug or any name the catalog knows (snes, \"Super Nintendo\").")
    var platform: String?

    @Option(help: ArgumentHelp("Only these providers, comma-separated (default: every enabled one).", valueName: "a,b"))
    var providers: String?

    @OptionGroup var config: ConfigOptions
    @OptionGroup var cache: CacheOptions

    /// The platform's slug, or `nil`; an unknown name exits with status 2 and suggestions.
    func platformSlug() throws -> String? {
        guard let platform else { return nil }
        do {
            return try PlatformCatalog.standard.resolve(platform).slug
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        }
    }

    /// The providers asked for, or `nil` for all; names that are not providers exit with status 2.
    func providerKeys() throws -> [ProviderKey]? {
        guard let providers else { return nil }
        let keys = providers.split(separator: ",").map {
            ProviderKey(rawValue: $0.trimmingCharacters(in: .whitespaces))
        }
        if let unknown = keys.first(where: { ProviderCatalog.descriptor(for: $0) == nil }) {
            let known = ProviderCatalog.all.map(\.key.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("error: unknown provider '\(unknown)' (known: \(known))\n".utf8))
            throw ExitCode.badInput
        }
        return keys
    }

    /// Runs `body` with a client over the configured providers and response cache, shutting both down after;
    /// the providers send through `transport`.
    func withClient<T: Sendable>(
        transport: any HTTPTransport = LiveHTTPTransport(), _ body: (MetadataClient) async throws -> T
    ) async throws -> T {
        let settings = try config.load()
        let location = try cache.location(environment: settings.environment)
        var logger = Logger(label: "retro-metadata", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .error
        let backend: any CacheBackend
        do {
            backend = try await location.open(stateDirectory: cache.stateDirectory(), logger: logger)
        } catch {
            FileHandle.standardError.write(Data("warning: cache unavailable, continuing without it: \(error)\n".utf8))
            backend = NoCache()
        }
        let environment = ProviderEnvironment(
            transport: transport, logger: logger, regionPriority: settings.regions, languagePriority: settings.languages,
            stateDirectory: cache.stateDirectory())
        let client: MetadataClient
        do {
            client = try MetadataClient(
                settings: settings.providers, environment: environment,
                cache: ResponseCache(backend: backend, logger: logger), only: try providerKeys(),
                merger: GameMerger(priorities: settings.fieldPriorities))
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        }
        do {
            return try await withMetadataClient(client, body)
        } catch let error as MetadataClientError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        }
    }
}
