/// A JSON collection that arrives either as an array or as an object keyed by id (PHP's empty `[]`,
/// RetroAchievements' achievements, Hasheous' IGDB proxy); the values in order either way.
struct KeyedOrList<Element: Decodable & Sendable>: Decodable, Sendable {
    /// The elements: array order, or the object's values sorted by key.
    var values: [Element]

    init(from decoder: any Decoder) throws {
        if let list = try? decoder.singleValueContainer().decode([Element].self) {
            values = list
            return
        }
        let keyed = try decoder.singleValueContainer().decode([String: Element].self)
        // Numeric keys sort as numbers so id-keyed objects keep a stable, natural order.
        values = keyed.sorted { lhs, rhs in
            switch (Int(lhs.key), Int(rhs.key)) {
            case (let l?, let r?): l < r
            default: lhs.key < rhs.key
            }
        }.map(\.value)
    }
}
