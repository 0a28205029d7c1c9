import RetroMetadataCore

extension RetroMetadataConfig {
    /// `RETRO_METADATA_FIELDS_<DEFAULT|FIELD>` and `RETRO_METADATA_MEDIA_<DEFAULT|KIND>` over the standard orders.
    static func priorities(
        _ values: [String: String], fail: (String, String) -> ConfigError
    ) throws(ConfigError) -> FieldPriorities {
        var priorities = FieldPriorities.standard
        let fieldsPrefix = "RETRO_METADATA_FIELDS_"
        let mediaPrefix = "RETRO_METADATA_MEDIA_"
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            let order = (list(value) ?? []).map { ProviderKey(rawValue: $0) }
            if name.hasPrefix(fieldsPrefix) {
                let key = String(name.dropFirst(fieldsPrefix.count)).lowercased()
                if key == "default" {
                    priorities.fields = order
                } else if let field = GameField(rawValue: key) {
                    priorities.byField[field] = order
                } else {
                    throw fail(name, "unknown field '\(key)' (expected default or a field such as summary)")
                }
            } else if name.hasPrefix(mediaPrefix) {
                let key = String(name.dropFirst(mediaPrefix.count)).lowercased()
                if key == "default" {
                    priorities.media = order
                } else if let kind = MediaKind(rawValue: key) {
                    priorities.byMedia[kind] = order
                } else {
                    throw fail(name, "unknown media kind '\(key)' (expected default or a kind such as cover)")
                }
            }
        }
        return priorities
    }
}
