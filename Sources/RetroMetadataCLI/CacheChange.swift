import RetroMetadataStore

/// What `cache prune` and `cache clear` did; with `--json` printed as `{backend, location, removed}`.
struct CacheChange: Encodable {
    let backend: String
    let location: String?
    let removed: Int
    /// Entries still stored after the change.
    let left: Int

    private enum CodingKeys: String, CodingKey { case backend, location, removed }

    /// The change to the cache described by `statistics`.
    init(statistics: CacheStatistics, removed: Int, left: Int) {
        backend = statistics.backend
        location = statistics.location
        self.removed = removed
        self.left = left
    }

    /// `entry` or `entries`, to follow the removed count.
    var noun: String { removed == 1 ? "entry" : "entries" }

    /// Prints the change as one JSON line, or `text`.
    func print(json: Bool, text: String) throws {
        if json { try JSONLines().emit(self) } else { Swift.print(text) }
    }

    /// Encodes every field; a missing location is `null` so the JSON shape never changes.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(backend, forKey: .backend)
        try container.encode(location, forKey: .location)
        try container.encode(removed, forKey: .removed)
    }
}
