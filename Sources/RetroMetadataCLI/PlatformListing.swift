import Foundation
import RetroMetadataCore

/// The text `retro-metadata platforms` prints: a table or JSON for the catalog, a detail view for one platform.
struct PlatformListing {
    /// The platforms to show, in order.
    let platforms: [Platform]

    /// The numeric providers the table has a column for; the named ids are in the JSON and the detail view.
    static let tableProviders: [ProviderKey] = [.igdb, .mobygames, .screenscraper, .retroachievements, .thegamesdb]

    /// One row per platform: slug, name and the numeric provider ids.
    func table() -> String {
        var table = TextTable(headers: ["slug", "name"] + Self.tableProviders.map(\.rawValue))
        table.rows = platforms.map { platform in
            [platform.slug, platform.name] + Self.tableProviders.map { platform.ids[$0]?.description ?? "" }
        }
        return table.render()
    }

    /// A JSON array with one `{slug, name, ids}` object per line, ending in a newline.
    func json() throws -> String {
        let lines = try platforms.map { try Self.jsonObject($0, withFrontends: false).text }
        return lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    /// Every field of one platform, one per line: ids, then the frontend names.
    func detail(_ platform: Platform) -> String {
        var table = TextTable(headers: ["field", "value"])
        table.rows = [["slug", platform.slug], ["name", platform.name]]
        table.rows += Platform.idProviders.compactMap { provider in
            platform.ids[provider].map { ["\(provider.rawValue) id", $0.description] }
        }
        let frontends = platform.frontendNames
        let named: [(String, String?)] = [
            ("es folder", frontends.es), ("es-de folder", frontends.esde), ("batocera folder", frontends.batocera),
            ("launchbox platform", frontends.launchbox), ("retroarch playlist", frontends.retroarch),
        ]
        table.rows += named.compactMap { label, value in value.map { [label, $0] } }
        return table.render()
    }

    /// One platform as a single JSON object with its frontend names, ending in a newline.
    func detailJSON(_ platform: Platform) throws -> String {
        try Self.jsonObject(platform, withFrontends: true).text + "\n"
    }

    /// `{"slug", "name", "ids": {provider: id}}` with ids as numbers or strings, plus `frontends` when asked.
    static func jsonObject(_ platform: Platform, withFrontends: Bool) throws -> OrderedJSONObject {
        var object = OrderedJSONObject()
        try object.add("slug", platform.slug)
        try object.add("name", platform.name)
        var ids = OrderedJSONObject()
        for provider in Platform.idProviders {
            if let id = platform.ids[provider] { try ids.add(provider.rawValue, id) }
        }
        try object.add("ids", ids)
        guard withFrontends else { return object }
        let names = platform.frontendNames
        let fields: [(String, String?)] = [
            ("es", names.es), ("esde", names.esde), ("batocera", names.batocera), ("launchbox", names.launchbox),
            ("retroarch", names.retroarch),
        ]
        var frontends = OrderedJSONObject()
        for (key, value) in fields {
            if let value { try frontends.add(key, value) }
        }
        try object.add("frontends", frontends)
        return object
    }
}
