import Foundation
import RetroMetadataArtwork
import RetroMetadataStore

/// The artwork store in a state folder, for the cache maintenance commands.
enum CacheArtworkStore {
    /// The store in `stateDirectory`, or `nil` when none was ever created there (nothing is created here).
    static func existing(in stateDirectory: String) throws -> ArtworkStore? {
        let root = URL(fileURLWithPath: stateDirectory).appendingPathComponent("artwork").path
        guard FileManager.default.fileExists(atPath: root) else { return nil }
        return try ArtworkStore(stateDirectory: stateDirectory, downloader: nil, logger: ArtworkStoreOptions.logger)
    }
}

/// What `cache stats --json` prints: the response cache's statistics plus the artwork store's
/// (`artwork` is `null` when no artwork was ever stored).
struct CacheStatsReport: Encodable {
    let cache: CacheStatistics
    let artwork: ArtworkStatistics?

    private enum CodingKeys: String, CodingKey { case artwork }

    /// Encodes the cache's fields and `artwork` side by side in one object.
    func encode(to encoder: any Encoder) throws {
        try cache.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(artwork, forKey: .artwork)
    }
}

/// What `cache prune --json` prints: the cache change plus the artwork store's prune report
/// (`artwork` is `null` when no artwork was ever stored).
struct CachePruneReport: Encodable {
    let change: CacheChange
    let artwork: ArtworkPruneReport?

    private enum CodingKeys: String, CodingKey { case artwork }

    /// Encodes the change's fields and `artwork` side by side in one object.
    func encode(to encoder: any Encoder) throws {
        try change.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(artwork, forKey: .artwork)
    }
}
