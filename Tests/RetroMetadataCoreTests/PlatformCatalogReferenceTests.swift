import Foundation
import Testing

@testable import RetroMetadataCore

/// Where the reference's platform maps are, when the spec folder is beside the package.
private enum ReferencePlatformMaps {
    static let url: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.appendingPathComponent("../shared/spec/platform-maps.json").standardizedFileURL
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
}

/// Checks the committed catalog against the reference's `platform-maps.json` when it is present.
@Suite(.enabled(if: ReferencePlatformMaps.url != nil, "../shared/spec/platform-maps.json not present"))
struct PlatformCatalogReferenceTests {
    let catalog = PlatformCatalog.standard
    let maps: [String: Any]

    init() throws {
        let url = try #require(ReferencePlatformMaps.url)
        maps = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func table(_ path: String...) throws -> [String: Any] {
        var value: Any = maps
        for key in path { value = try #require((value as? [String: Any])?[key], "missing \(key)") }
        return try #require(value as? [String: Any])
    }

    @Test func listsTheSameSlugsInTheSameOrderWithTheCuratedNames() throws {
        let entries = try #require(maps["universal_slugs_python"] as? [[String: Any]])
        #expect(entries.compactMap { $0["slug"] as? String } == catalog.platforms.map(\.slug))
        for entry in entries {
            guard let slug = entry["slug"] as? String, let name = entry["go_cpp_display_name"] as? String else {
                continue
            }
            #expect(catalog.platform(slug: slug)?.name == name)
        }
    }

    @Test(arguments: ["igdb", "mobygames", "screenscraper", "retroachievements"])
    func matchesAGlobalMap(provider: String) throws {
        let key = ProviderKey(rawValue: provider)
        let map = try table("global_maps_python", provider)
        let ours = catalog.platforms.compactMap { platform in platform.numericID(key).map { (platform.slug, $0) } }
        #expect(ours.count == map.count)
        for (slug, id) in ours { #expect(map[slug] as? Int == id, "\(provider) \(slug)") }
        // Reverse lookups return the first slug in the map's declaration order; JSONSerialization
        // loses that order, so check that every shared id has a declared owner holding the id.
        for (slug, id) in ours {
            let owner = try #require(catalog.platform(for: key, id: .int(id)))
            #expect(map[owner.slug] as? Int == id, "\(provider) \(id) for \(slug)")
        }
        let shared = Set(Dictionary(grouping: ours, by: \.1).filter { $0.value.count > 1 }.keys)
        let owned = PlatformCatalog.builtInSharedIDOwners.filter { $0.provider == key }.compactMap(\.id.intValue)
        #expect(Set(owned) == shared)
    }

    @Test func matchesTheProviderModuleTables() throws {
        let modules = try table("provider_module_maps_python")
        func check(_ module: String, _ provider: ProviderKey, _ value: (Any) -> PlatformID?) throws {
            let map = try #require(modules[module] as? [String: Any])
            let ours = catalog.platforms.filter { $0.ids[provider] != nil }
            #expect(ours.count == map.count, "\(module)")
            for platform in ours { #expect(map[platform.slug].flatMap(value) == platform.ids[provider]) }
        }
        func field(_ name: String, _ make: @escaping (Any) -> PlatformID?) -> (Any) -> PlatformID? {
            { entry in (entry as? [String: Any])?[name].flatMap(make) }
        }
        let int: (Any) -> PlatformID? = { ($0 as? Int).map(PlatformID.int) }
        let string: (Any) -> PlatformID? = { ($0 as? String).map(PlatformID.string) }
        try check("thegamesdb", .thegamesdb, field("id", int))
        try check("hltb_platform_names", .hltb, string)
        try check("hasheous", .hasheous, field("name", string))
        try check("launchbox", .launchbox, field("name", string))
        try check("flashpoint", .flashpoint, field("id", int))
    }
}
