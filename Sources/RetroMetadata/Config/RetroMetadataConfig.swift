import Foundation
import RetroMetadataCore
import RetroMetadataProviders

/// The effective configuration: the config file's values with `RETRO_METADATA_*` environment variables on top.
public struct RetroMetadataConfig: Sendable {
    /// The file that was read, or `nil` when there was none.
    public var file: String?
    /// Every setting under its environment variable name (file values, then the environment's).
    public var environment: [String: String]
    /// Where each setting came from.
    public var origins: [String: ConfigOrigin]
    /// Each built-in provider's settings.
    public var providers: [ProviderKey: ProviderSettings]
    /// Region preference, best first.
    public var regions: [String]
    /// Language preference, best first.
    public var languages: [String]
    /// The cache location text (`sqlite`, `memory`, `redis://...`), when set.
    public var cacheURL: String?
    /// Which provider wins each field and media kind.
    public var fieldPriorities: FieldPriorities
    /// Games `scrape` and `sync launchbox` identify at once, when set.
    public var scrapeJobs: Int?

    /// The default language order.
    public static let defaultLanguages = ["en"]

    /// `$XDG_CONFIG_HOME/retro-metadata/config.yaml`, else `~/.config/retro-metadata/config.yaml`.
    public static func defaultPath(environment: [String: String]) -> String {
        let base =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return base + "/retro-metadata/config.yaml"
    }

    /// Reads `path` (or the default file, which may be missing) and applies `environment` over it.
    public static func load(path: String? = nil, environment: [String: String]) throws(ConfigError)
        -> RetroMetadataConfig
    {
        let location = path ?? defaultPath(environment: environment)
        let exists = FileManager.default.fileExists(atPath: location)
        if path != nil, !exists { throw .file(location, "no such config file") }
        let file = exists ? try ConfigFile(path: location) : nil
        return try RetroMetadataConfig(file: file, environment: environment)
    }

    /// Combines `file` and `environment` (the environment wins) and checks every value.
    public init(file: ConfigFile?, environment: [String: String]) throws(ConfigError) {
        self.file = file?.path
        var merged = file?.values ?? [:]
        var origins = file?.origins ?? [:]
        for (name, value) in environment where name.hasPrefix("RETRO_METADATA_") {
            merged[name] = value
            origins[name] = ConfigOrigin(key: name)
        }
        self.environment = merged
        self.origins = origins
        func fail(_ name: String, _ problem: String) -> ConfigError {
            ConfigError(problem, at: origins[name] ?? ConfigOrigin(key: name))
        }

        var providers: [ProviderKey: ProviderSettings] = [:]
        for descriptor in ProviderCatalog.all {
            do {
                providers[descriptor.key] = try ProviderSettings(environment: merged, for: descriptor)
            } catch let error as RetroMetadataError {
                let name = error.field ?? ProviderSettings.environmentPrefix(descriptor.key)
                // The reader names the variable and the value; the origin says where the value was written.
                throw fail(name, error.message.replacingOccurrences(of: "\(name)=", with: ""))
            } catch {
                throw fail(ProviderSettings.environmentPrefix(descriptor.key), "\(error)")
            }
        }
        self.providers = providers
        regions = Self.list(merged["RETRO_METADATA_PREFERENCES_REGIONS"]) ?? ProviderEnvironment.defaultRegionPriority
        languages = Self.list(merged["RETRO_METADATA_PREFERENCES_LANGUAGES"]) ?? Self.defaultLanguages
        cacheURL = merged["RETRO_METADATA_CACHE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        fieldPriorities = try Self.priorities(merged, fail: fail)
        let jobs = "RETRO_METADATA_SCRAPE_JOBS"
        if let text = merged[jobs] {
            guard let count = Int(text.trimmingCharacters(in: .whitespaces)), count > 0 else {
                throw fail(jobs, "\(text) is not valid: expected a whole number of games, 1 or more")
            }
            scrapeJobs = count
        }
    }

    /// Comma-separated names, trimmed and lower-cased; `nil` when unset.
    static func list(_ text: String?) -> [String]? {
        guard let text else { return nil }
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
    }
}
