import ArgumentParser
import Foundation
import RetroMetadata
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataHTTP
import RetroMetadataProviders

/// The client and the artwork step of the commands that download online media (`scrape`, `sync launchbox`).
extension ClientOptions {
    /// Runs `body` with one client and an artwork step (the store in the state folder) sharing one HTTP transport.
    /// Artwork is obtained for the kinds some of `targets` shows, within `asked` (`--media`; `nil` for all); a dry
    /// run downloads nothing.
    func withArtworkClient<T: Sendable>(
        targets: [Frontend], asked: Set<MediaKind>?, refresh: Bool = false, dryRun: Bool,
        _ body: (MetadataClient, ScrapeArtwork) async throws -> T
    ) async throws -> T {
        let transport = LiveHTTPTransport()
        let kinds = Set(targets.flatMap(\.manifest.mediaKinds)).filter { asked?.contains($0) != false }
        let artwork = ScrapeArtwork(
            store: try openArtworkStore(transport: transport), kinds: kinds, refresh: refresh, dryRun: dryRun)
        return try await withClient(transport: transport) { client in try await body(client, artwork) }
    }

    /// The artwork store in the state folder, downloading through `transport` at each source's configured pace, every
    /// configured credential hidden from errors and the store's index; exits with status 1 when it cannot be opened.
    private func openArtworkStore(transport: any HTTPTransport) throws -> ArtworkStore {
        let settings = try config.load().providers
        let limits = Dictionary(
            ProviderCatalog.all.map { ($0.key, settings[$0.key]?.rateLimit ?? $0.defaultRateLimit) }
        ) { first, _ in first }
        let logger = ArtworkStoreOptions.logger
        do {
            return try ArtworkStore(
                stateDirectory: cache.stateDirectory(),
                downloader: ArtworkDownloader(
                    transport: transport, limits: limits,
                    redactor: SecretRedactor(secrets: settings.values.flatMap(\.secretValues)), logger: logger),
                logger: logger)
        } catch {
            ArtworkStoreOptions.warn("\(error)")
            throw ExitCode.failure
        }
    }
}
