/// What `cache prune` and `cache clear` print with `--json`: `{backend, location, removed}`.
struct CacheChange: Encodable {
    let backend: String
    let location: String?
    let removed: Int

    private enum CodingKeys: String, CodingKey { case backend, location, removed }

    /// Encodes every field; a missing location is `null` so the JSON shape never changes.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(backend, forKey: .backend)
        try container.encode(location, forKey: .location)
        try container.encode(removed, forKey: .removed)
    }
}
