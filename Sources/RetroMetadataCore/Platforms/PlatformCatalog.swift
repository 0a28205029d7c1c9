import Foundation

/// The platforms retro-metadata knows, looked up by slug, by any common name, or by a provider's id.
///
/// Names are matched ignoring case, accents, spaces, hyphens, underscores and other punctuation
/// (but not `+`, so `msx2+` stays apart from `msx2`). An exact slug always wins; otherwise a name is
/// tried, in order, as an alias, a frontend name (ES/ES-DE/Batocera folder, LaunchBox platform,
/// RetroArch database), a slug spelled loosely, a display name, then a LaunchBox module name; the
/// first platform to claim a name keeps it (so the ES folder `ti99` is the TI-99/4A, not `ti-99`).
public struct PlatformCatalog: Sendable {
    /// Every platform, in declaration order.
    public let platforms: [Platform]
    private let indexBySlug: [String: Int]
    private let indexByKey: [String: Int]
    private let indexByProviderID: [ProviderKey: [PlatformID: Int]]

    /// The built-in catalog: the reference's 458 slugs with their provider ids, frontend names and aliases.
    public static let standard = PlatformCatalog(
        platforms: builtInPlatforms, aliases: builtInAliases, sharedIDOwners: builtInSharedIDOwners)

    /// Creates a catalog.
    /// - Parameters:
    ///   - platforms: the platforms, in the order listings and reverse lookups prefer them.
    ///   - aliases: extra names, each for the platform whose slug it gives; unknown slugs are ignored.
    ///   - sharedIDOwners: for an id several platforms share, the slug a reverse lookup returns.
    public init(
        platforms: [Platform], aliases: [(alias: String, slug: String)] = [],
        sharedIDOwners: [(provider: ProviderKey, id: PlatformID, slug: String)] = []
    ) {
        self.platforms = platforms
        var bySlug: [String: Int] = [:]
        for (index, platform) in platforms.enumerated() where bySlug[platform.slug] == nil {
            bySlug[platform.slug] = index
        }
        indexBySlug = bySlug

        var byKey: [String: Int] = [:]
        func claim(_ name: String, _ index: Int) {
            let key = PlatformCatalog.lookupKey(name)
            if !key.isEmpty, byKey[key] == nil { byKey[key] = index }
        }
        for (alias, slug) in aliases { if let index = bySlug[slug] { claim(alias, index) } }
        for (index, platform) in platforms.enumerated() {
            for name in platform.frontendNames.all { claim(name, index) }
        }
        for (index, platform) in platforms.enumerated() { claim(platform.slug, index) }
        for (index, platform) in platforms.enumerated() { claim(platform.name, index) }
        for (index, platform) in platforms.enumerated() {
            if let name = platform.ids[.launchbox]?.stringValue { claim(name, index) }
        }
        indexByKey = byKey

        var byProviderID: [ProviderKey: [PlatformID: Int]] = [:]
        for (provider, id, slug) in sharedIDOwners {
            if let index = bySlug[slug] { byProviderID[provider, default: [:]][id] = index }
        }
        for (index, platform) in platforms.enumerated() {
            for (provider, id) in platform.ids where byProviderID[provider]?[id] == nil {
                byProviderID[provider, default: [:]][id] = index
            }
        }
        indexByProviderID = byProviderID
    }

    /// The platform with exactly this slug.
    public func platform(slug: String) -> Platform? {
        indexBySlug[slug].map { platforms[$0] }
    }

    /// The platform a slug, alias, frontend name or display name stands for, in any case or spacing.
    public func platform(named name: String) -> Platform? {
        if let platform = platform(slug: name) { return platform }
        return indexByKey[PlatformCatalog.lookupKey(name)].map { platforms[$0] }
    }

    /// The platform `name` stands for, or an `unknownPlatform` error listing the closest slugs.
    public func resolve(_ name: String) throws(RetroMetadataError) -> Platform {
        guard let platform = platform(named: name) else {
            throw RetroMetadataError.unknownPlatform(name, suggestions: suggestions(for: name))
        }
        return platform
    }

    /// The platform a provider's id stands for; where several platforms share the id, the one the
    /// reference returns (the first in its map's declaration order).
    public func platform(for provider: ProviderKey, id: PlatformID) -> Platform? {
        indexByProviderID[provider]?[id].map { platforms[$0] }
    }

    /// Every name (slug, alias, frontend or display name) that leads to a platform, as lookup keys.
    var lookupKeys: [(key: String, slug: String)] {
        indexByKey.map { ($0.key, platforms[$0.value].slug) }
    }

    /// The form names are compared in: lower case, accents removed, only letters, digits and `+` kept.
    public static func lookupKey(_ name: String) -> String {
        let decomposed = name.lowercased().decomposedStringWithCompatibilityMapping
        var key = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars
        where scalar == "+" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            key.append(scalar)
        }
        return String(key)
    }
}
