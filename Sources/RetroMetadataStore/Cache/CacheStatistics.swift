/// What a cache holds: the numbers `retro-metadata cache stats` prints.
public struct CacheStatistics: Codable, Hashable, Sendable {
    /// The backend's name: `memory`, `sqlite`, `redis` or `none`.
    public var backend: String
    /// Where the cache lives (file path or `host:port/db`; never a password), when it has a place.
    public var location: String?
    /// Entries stored, expired ones included.
    public var entries: Int
    /// Bytes of stored values.
    public var bytes: Int64
    /// Entries past their expiry that are still stored (0 for backends that drop them themselves).
    public var expired: Int

    /// Creates statistics.
    public init(backend: String, location: String? = nil, entries: Int, bytes: Int64, expired: Int) {
        self.backend = backend
        self.location = location
        self.entries = entries
        self.bytes = bytes
        self.expired = expired
    }

    /// Encodes every field; a missing location is written as `null` so the JSON shape never changes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(backend, forKey: .backend)
        try container.encode(location, forKey: .location)
        try container.encode(entries, forKey: .entries)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(expired, forKey: .expired)
    }
}
