/// Where retro-metadata keeps its caches: `$XDG_CACHE_HOME/retro-metadata`, else `~/.cache/retro-metadata`.
public enum StateDirectory {
    /// The state directory for this environment (pass `ProcessInfo.processInfo.environment`).
    public static func path(environment: [String: String]) -> String {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return cache + "/retro-metadata"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return home + "/.cache/retro-metadata"
    }
}
