import RetroMetadataCore

/// Which provider's value wins for each field and media kind when records are merged, best first.
///
/// Providers missing from an order rank after those listed, in the order the records were given.
public struct FieldPriorities: Sendable, Hashable {
    /// The order for text and facts without their own entry.
    public var fields: [ProviderKey]
    /// Orders for particular fields.
    public var byField: [GameField: [ProviderKey]]
    /// The order for media kinds without their own entry.
    public var media: [ProviderKey]
    /// Orders for particular media kinds.
    public var byMedia: [MediaKind: [ProviderKey]]

    /// Creates priorities.
    public init(
        fields: [ProviderKey], byField: [GameField: [ProviderKey]] = [:], media: [ProviderKey],
        byMedia: [MediaKind: [ProviderKey]] = [:]
    ) {
        self.fields = fields
        self.byField = byField
        self.media = media
        self.byMedia = byMedia
    }

    /// The defaults, declared once: text from ScreenScraper, then IGDB, then the others; achievements from
    /// RetroAchievements and play times from HowLongToBeat; images from ScreenScraper, then SteamGridDB.
    public static let standard = FieldPriorities(
        fields: [.screenscraper, .igdb, .mobygames, .thegamesdb, .retroachievements, .hasheous, .steamgriddb, .hltb],
        byField: [
            .achievementCount: [.retroachievements],
            .completionTimes: [.hltb],
            .rating: [.igdb, .screenscraper, .mobygames],
            .criticRating: [.igdb, .mobygames],
        ],
        media: [.screenscraper, .steamgriddb, .igdb, .thegamesdb, .mobygames, .retroachievements, .hasheous],
        byMedia: [
            .wheel: [.screenscraper, .steamgriddb],
            .video: [.screenscraper, .igdb],
        ])

    /// The providers in the order they are preferred for `field`.
    public func order(for field: GameField) -> [ProviderKey] { byField[field] ?? fields }

    /// The providers in the order they are preferred for media of `kind`.
    public func order(for kind: MediaKind) -> [ProviderKey] { byMedia[kind] ?? media }

    /// `records` sorted by `order` (unlisted providers last, keeping their given order).
    static func sorted(_ records: [(key: ProviderKey, game: Game)], by order: [ProviderKey])
        -> [(key: ProviderKey, game: Game)]
    {
        records.enumerated().sorted { lhs, rhs in
            let left = order.firstIndex(of: lhs.element.key) ?? order.count
            let right = order.firstIndex(of: rhs.element.key) ?? order.count
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
    }
}
