import RetroMetadata
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders
import RetroMetadataStore

/// The effective configuration as `config show` prints it, secrets masked.
struct ConfigReport {
    let config: RetroMetadataConfig

    /// One provider's shown settings.
    struct ProviderLine {
        var key: String
        var enabled: Bool
        var status: String
        var priority: Int
        var baseURL: String
        var timeout: Double
        var rateLimit: String
        var credentials: [(String, String)]
        var options: [(String, String)]
    }

    var providers: [ProviderLine] {
        ProviderCatalog.all.map { descriptor in
            let settings = config.providers[descriptor.key] ?? ProviderSettings()
            let status = descriptor.status(with: settings)
            var statusText = "enabled"
            if case .disabled(let reason) = status { statusText = "disabled: \(reason)" }
            return ProviderLine(
                key: descriptor.key.rawValue, enabled: status.isEnabled, status: statusText,
                priority: settings.priority ?? descriptor.defaultPriority,
                baseURL: settings.baseURL ?? descriptor.defaultBaseURL, timeout: settings.timeout.seconds,
                rateLimit: (settings.rateLimit ?? descriptor.defaultRateLimit).description,
                credentials: settings.credentials.sorted { $0.key < $1.key }.map {
                    ($0.key, SecretMask.mask($0.value))
                },
                options: settings.options.sorted { $0.key < $1.key }.map {
                    ($0.key, ResponseCacheKey.isSecret($0.key) ? SecretMask.mask($0.value) : $0.value)
                })
        }
    }

    /// The cache location without any password; unparsable text is not echoed (it may hold one).
    var cache: String? {
        config.cacheURL.map { text in (try? CacheLocation(parsing: text))?.description ?? "(invalid)" }
    }

    /// Field and media orders: `default` first, then overrides by name.
    var orders: (fields: [(String, [String])], media: [(String, [String])]) {
        let priorities = config.fieldPriorities
        let fields =
            [("default", priorities.fields.map(\.rawValue))]
            + priorities.byField.sorted { $0.key.rawValue < $1.key.rawValue }.map {
                ($0.key.rawValue, $0.value.map(\.rawValue))
            }
        let media =
            [("default", priorities.media.map(\.rawValue))]
            + priorities.byMedia.sorted { $0.key.rawValue < $1.key.rawValue }.map {
                ($0.key.rawValue, $0.value.map(\.rawValue))
            }
        return (fields, media)
    }

    /// The JSON object: file, providers, preferences, cache, scrape, fields, media.
    func json() throws -> OrderedJSONObject {
        var object = OrderedJSONObject()
        try object.add("file", config.file)
        try object.add("providers", try providers.map(Self.json))
        var preferences = OrderedJSONObject()
        try preferences.add("regions", config.regions)
        try preferences.add("languages", config.languages)
        try object.add("preferences", preferences)
        var cacheObject = OrderedJSONObject()
        try cacheObject.add("url", cache)
        try object.add("cache", cacheObject)
        var scrape = OrderedJSONObject()
        try scrape.add("jobs", config.scrapeJobs ?? ScrapeJob.defaultJobs)
        try object.add("scrape", scrape)
        try object.add("fields", try Self.object(orders.fields))
        try object.add("media", try Self.object(orders.media))
        return object
    }

    private static func json(_ line: ProviderLine) throws -> OrderedJSONObject {
        var result = OrderedJSONObject()
        try result.add("provider", line.key)
        try result.add("enabled", line.enabled)
        try result.add("status", line.status)
        try result.add("priority", line.priority)
        try result.add("base_url", line.baseURL)
        try result.add("timeout", line.timeout)
        try result.add("rate_limit", line.rateLimit)
        try result.add("credentials", try object(line.credentials))
        try result.add("options", try object(line.options))
        return result
    }

    private static func object<Value: Encodable>(_ pairs: [(String, Value)]) throws -> OrderedJSONObject {
        var object = OrderedJSONObject()
        for (key, value) in pairs { try object.add(key, value) }
        return object
    }

    /// The human form: a provider table, then preferences, cache and orders.
    func text() -> String {
        var table = TextTable(headers: ["PROVIDER", "STATUS", "PRIORITY", "CREDENTIALS", "BASE URL"])
        for line in providers {
            let credentials = line.credentials.map { "\($0.0)=\($0.1)" }.joined(separator: " ")
            table.rows.append([line.key, line.status, String(line.priority), credentials, line.baseURL])
        }
        var lines = ["config file: \(config.file ?? "(none)")", table.render()]
        lines.append("regions: \(config.regions.joined(separator: ","))")
        lines.append("languages: \(config.languages.joined(separator: ","))")
        lines.append("cache: \(cache ?? "(default)")")
        lines.append("scrape jobs: \(config.scrapeJobs ?? ScrapeJob.defaultJobs)")
        for (name, order) in orders.fields { lines.append("fields.\(name): \(order.joined(separator: ","))") }
        for (name, order) in orders.media { lines.append("media.\(name): \(order.joined(separator: ","))") }
        return lines.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
    }
}
