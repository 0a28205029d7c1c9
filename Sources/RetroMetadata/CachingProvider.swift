import Foundation
import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataStore

/// A provider whose answers go through a `ResponseCache`: keyed by provider, operation and parameters
/// (never credentials), "nothing found" kept briefly by the cache policy, errors never cached.
public struct CachingProvider: HashIdentifying {
    /// The provider asked on a cache miss.
    public let base: any MetadataProvider
    /// Where answers are kept.
    public let cache: ResponseCache

    /// Wraps `base` with `cache`.
    public init(base: any MetadataProvider, cache: ResponseCache) {
        self.base = base
        self.cache = cache
    }

    /// The wrapped provider's key.
    public var key: ProviderKey { base.key }

    /// The base provider's search, cached by query, platform and limit; no results count as not found.
    public func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        let parameters = ["query": query, "platform": platformID.map(String.init) ?? "", "limit": String(limit)]
        let results: [SearchResult]? = try await cached("search", parameters) {
            let found = try await base.search(query, platformID: platformID, limit: limit)
            return found.isEmpty ? nil : found
        }
        return results ?? []
    }

    /// The base provider's record for `id`, cached.
    public func game(id: String) async throws -> Game? {
        try await cached("get_by_id", ["id": id]) { try await base.game(id: id) }
    }

    /// The base provider's identification by file name, cached by name and platform.
    public func identify(fileName: String, platformID: Int?) async throws -> Game? {
        let parameters = ["file_name": fileName, "platform": platformID.map(String.init) ?? ""]
        return try await cached("identify", parameters) {
            try await base.identify(fileName: fileName, platformID: platformID)
        }
    }

    /// The base provider's hash identification, cached by hashes, name and platform; `nil` when it cannot.
    public func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game? {
        guard let hashing = base as? any HashIdentifying else { return nil }
        let parameters = [
            "size": String(hashes.size), "crc32": hashes.crc32, "md5": hashes.md5, "sha1": hashes.sha1,
            "file_name": fileName ?? "", "platform": platformID.map(String.init) ?? "",
        ]
        return try await cached("identify_by_hash", parameters) {
            try await hashing.identify(hashes: hashes, fileName: fileName, platformID: platformID)
        }
    }

    /// The cached value for the request, or `fetch`'s, stored as JSON; an unreadable entry is fetched again.
    private func cached<Value: Codable & Sendable>(
        _ operation: String, _ parameters: [String: String],
        fetch: @escaping @Sendable () async throws -> Value?
    ) async throws -> Value? {
        let key = ResponseCacheKey(provider: base.key, operation: operation, parameters: parameters)
        let data = try await cache.value(for: key) {
            try await fetch().map { try Self.encode($0) }
        }
        guard let data else { return nil }
        if let value = try? JSONDecoder().decode(Value.self, from: data) { return value }
        return try await fetch()
    }

    private static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }
}
