import Foundation
import RetroMetadataCore
import RetroMetadataProviders
import Yams

/// The YAML config file read into the environment's shape: each value under the variable name that sets it
/// (`providers.igdb.credentials.client_id` is `RETRO_METADATA_IGDB_CLIENT_ID`), so one reader serves both.
public struct ConfigFile: Sendable {
    /// Values by environment variable name.
    public private(set) var values: [String: String] = [:]
    /// Where each value is in the file.
    public private(set) var origins: [String: ConfigOrigin] = [:]
    /// The file read.
    public let path: String

    /// Reads and checks the file at `path`; problems name the key, line and column.
    public init(path: String) throws(ConfigError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .file(path, "cannot read the config file: \(error.localizedDescription)")
        }
        try self.init(yaml: text, path: path)
    }

    /// Reads YAML `text` as if it were the file at `path`.
    public init(yaml text: String, path: String) throws(ConfigError) {
        self.path = path
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.syntaxError(error, path: path)
        } catch {
            throw .file(path, "not valid YAML: \(error)")
        }
        guard let root else { return }
        let top = try mapping(root, key: "")
        for (name, node) in top {
            switch name {
            case "providers": try readProviders(node)
            case "preferences": try readLists(node, section: "preferences", allowed: ["regions", "languages"])
            case "fields":
                try readLists(node, section: "fields", allowed: ["default"] + GameField.allCases.map(\.rawValue))
            case "media":
                try readLists(node, section: "media", allowed: ["default"] + MediaKind.allCases.map(\.rawValue))
            case "cache": try readScalars(node, section: "cache", prefix: "RETRO_METADATA_CACHE_", allowed: ["url"])
            case "scrape":
                try readScalars(node, section: "scrape", prefix: "RETRO_METADATA_SCRAPE_", allowed: ["jobs"])
            default:
                let expected = "providers, preferences, fields, media, cache or scrape"
                throw error(node, key: name, "unknown section (expected \(expected))")
            }
        }
    }

    /// Settings keys every provider accepts besides its credentials and options.
    static let providerKeys = ["enabled", "priority", "base_url", "timeout", "rate_limit", "max_concurrent"]

    private mutating func readProviders(_ node: Node) throws(ConfigError) {
        for (name, settings) in try mapping(node, key: "providers") {
            let key = "providers.\(name)"
            guard let descriptor = ProviderCatalog.descriptor(for: ProviderKey(rawValue: name)) else {
                let known = ProviderCatalog.all.map(\.key.rawValue).joined(separator: ", ")
                throw error(settings, key: key, "unknown provider (known: \(known))")
            }
            let prefix = ProviderSettings.environmentPrefix(descriptor.key)
            for (setting, value) in try mapping(settings, key: key) {
                switch setting {
                case "credentials":
                    try readScalars(
                        value, section: key + ".credentials", prefix: prefix, allowed: descriptor.credentialKeys)
                case "options":
                    try readScalars(value, section: key + ".options", prefix: prefix, allowed: nil)
                default:
                    guard Self.providerKeys.contains(setting) else {
                        let expected = (Self.providerKeys + ["credentials", "options"]).joined(separator: ", ")
                        throw error(value, key: "\(key).\(setting)", "unknown key (expected \(expected))")
                    }
                    try store(value, key: "\(key).\(setting)", name: prefix + setting.uppercased())
                }
            }
        }
    }

    private mutating func readScalars(_ node: Node, section: String, prefix: String, allowed: [String]?)
        throws(ConfigError)
    {
        for (name, value) in try mapping(node, key: section) {
            if let allowed, !allowed.contains(name) {
                throw error(
                    value, key: "\(section).\(name)", "unknown key (expected \(allowed.joined(separator: ", ")))")
            }
            try store(value, key: "\(section).\(name)", name: prefix + name.uppercased())
        }
    }

    private mutating func readLists(_ node: Node, section: String, allowed: [String]) throws(ConfigError) {
        for (name, value) in try mapping(node, key: section) {
            let key = "\(section).\(name)"
            guard allowed.contains(name) else {
                throw error(value, key: key, "unknown key (expected one of \(allowed.joined(separator: ", ")))")
            }
            let variable = "RETRO_METADATA_\(section.uppercased())_\(name.uppercased())"
            if let items = value.sequence {
                var words: [String] = []
                for item in items {
                    guard let word = item.scalar?.string else {
                        throw error(item, key: key, "expected a list of names")
                    }
                    words.append(word)
                }
                values[variable] = words.joined(separator: ",")
                origins[variable] = origin(value, key: key)
            } else {
                try store(value, key: key, name: variable)
            }
        }
    }

    private mutating func store(_ node: Node, key: String, name: String) throws(ConfigError) {
        guard let scalar = node.scalar else { throw error(node, key: key, "expected a single value") }
        values[name] = scalar.string
        origins[name] = origin(node, key: key)
    }

    private func mapping(_ node: Node, key: String) throws(ConfigError) -> [(String, Node)] {
        guard let mapping = node.mapping else {
            throw error(node, key: key.isEmpty ? nil : key, "expected a mapping of keys to values")
        }
        var pairs: [(String, Node)] = []
        for (name, value) in mapping {
            guard let text = name.scalar?.string else { throw error(name, key: key, "keys must be plain names") }
            pairs.append((text, value))
        }
        return pairs
    }

    private func origin(_ node: Node, key: String?) -> ConfigOrigin {
        ConfigOrigin(key: key, file: path, line: node.mark?.line, column: node.mark?.column)
    }

    private func error(_ node: Node, key: String?, _ problem: String) -> ConfigError {
        ConfigError(problem, at: origin(node, key: key))
    }

    private static func syntaxError(_ error: YamlError, path: String) -> ConfigError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            .file(path, line: mark.line, column: mark.column, "not valid YAML: \(problem)")
        default: .file(path, "not valid YAML: \(error)")
        }
    }
}
