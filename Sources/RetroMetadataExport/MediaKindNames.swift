import RetroMetadataCore

/// The media kind names templates and manifests use (`MediaKind` raw values).
enum MediaKindNames {
    /// Every kind's name.
    static let all: Set<String> = Set(MediaKind.allCases.map(\.rawValue))
}
