import RetroMetadataCore

/// Builds one `Game` from several providers' records, field by field, by `FieldPriorities`, recording
/// the source of every field in `Game.sources`.
public struct GameMerger: Sendable {
    /// Which provider wins each field.
    public var priorities: FieldPriorities

    /// Creates a merger.
    public init(priorities: FieldPriorities = .standard) {
        self.priorities = priorities
    }

    /// Merges `records` (one per provider) into `existing`: fields `existing` already has are kept
    /// (with their recorded source, or `user` when none) unless `refresh`; ids are united.
    public func merge(_ records: [(key: ProviderKey, game: Game)], into existing: Game? = nil, refresh: Bool = false)
        -> Game?
    {
        guard var merged = existing ?? records.first.map({ Game(name: "", platform: $0.game.platform) }) else {
            return nil
        }
        for field in GameField.allCases {
            if let existing, field.isSet(in: existing), !refresh {
                merged.sources[field] = existing.sources[field] ?? .user
                continue
            }
            let ordered = FieldPriorities.sorted(records, by: priorities.order(for: field))
            guard let winner = ordered.first(where: { field.isSet(in: $0.game) }) else { continue }
            field.copy(from: winner.game, into: &merged)
            merged.sources[field] = winner.key
        }
        for kind in MediaKind.allCases {
            if let existing, existing.media[kind]?.isEmpty == false, !refresh { continue }
            let ordered = FieldPriorities.sorted(records, by: priorities.order(for: kind))
            if let winner = ordered.first(where: { $0.game.media[kind]?.isEmpty == false }) {
                merged.media[kind] = winner.game.media[kind]
            }
        }
        for (_, game) in records {
            merged.ids.merge(game.ids) { kept, _ in kept }
            if merged.slug == nil { merged.slug = game.slug }
            if merged.platform == nil { merged.platform = game.platform }
            if merged.match == nil { merged.match = game.match }
        }
        return merged
    }
}
