import RetroMetadata

extension ScrapedGame.Identification {
    /// The progress bar stage that counts games identified this way (`by hash`, `not found`).
    var progressStage: String {
        switch self {
        case .hash: "by hash"
        case .name: "by name"
        case .notFound: "not found"
        case .failed: "failed"
        }
    }
}
