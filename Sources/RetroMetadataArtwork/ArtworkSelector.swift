import RetroMetadataCore

/// Ranks the media several sources offered for one game, per kind, by `ArtworkPreferences`.
///
/// The records may come from different providers (identified with one, art from another): every asset of
/// every record competes, ordered by source, then region, then language, then the source's own order.
public struct ArtworkSelector: Sendable {
    /// The ordering rules.
    public let preferences: ArtworkPreferences

    /// Creates a selector.
    public init(preferences: ArtworkPreferences = .standard) {
        self.preferences = preferences
    }

    /// Every asset of `kind` in `games`, best first; assets without a provider take their game's first id key.
    public func ranked(_ kind: MediaKind, in games: [Game]) -> [MediaAsset] {
        let offered = games.map { game in
            (game.ids.keys.sorted().first, game.media[kind] ?? [])
        }
        return ranked(
            kind,
            offered: offered.map { fallback, assets in
                assets.map { asset in
                    var asset = asset
                    if asset.provider == nil { asset.provider = fallback }
                    return asset
                }
            })
    }

    /// The best asset of each kind in `kinds` found in `games`; kinds nobody offers are absent.
    public func select(_ kinds: [MediaKind], in games: [Game]) -> [MediaKind: MediaAsset] {
        var chosen: [MediaKind: MediaAsset] = [:]
        for kind in kinds { chosen[kind] = ranked(kind, in: games).first }
        return chosen
    }

    /// The assets of `kind` in several media tables (one per source), best first.
    public func ranked(_ kind: MediaKind, in tables: [[MediaKind: [MediaAsset]]]) -> [MediaAsset] {
        ranked(kind, offered: tables.map { $0[kind] ?? [] })
    }

    private func ranked(_ kind: MediaKind, offered: [[MediaAsset]]) -> [MediaAsset] {
        let sources = preferences.sources(for: kind)
        var keyed: [(key: [Int], asset: MediaAsset)] = []
        for (table, assets) in offered.enumerated() {
            for (position, asset) in assets.enumerated() where !asset.url.isEmpty {
                let source = asset.provider.flatMap { sources.firstIndex(of: $0) } ?? sources.count
                let key = [
                    source, rank(asset.region, in: preferences.regions),
                    rank(asset.language, in: preferences.languages), table, position,
                ]
                keyed.append((key, asset))
            }
        }
        var seen = Set<String>()
        return keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.asset).filter {
            seen.insert($0.url).inserted
        }
    }

    /// Listed codes by position; an unlisted code after every listed one; no code at all after those.
    private func rank(_ code: String?, in order: [String]) -> Int {
        guard let code = code?.lowercased(), !code.isEmpty else { return order.count + 1 }
        return order.firstIndex(of: code) ?? order.count
    }
}
