import RetroMetadataCore

/// One piece of artwork to obtain: a kind for one game, its candidates best first, and the wanted shape.
public struct ArtworkJob: Sendable {
    /// The caller's name for the game (a ROM path, a game id), echoed in the outcome.
    public var game: String
    /// The media kind.
    public var kind: MediaKind
    /// Candidate assets, best first (from `ArtworkSelector.ranked`); later ones are the fallback.
    public var candidates: [MediaAsset]
    /// The size and format wanted.
    public var spec: ResizeSpec

    /// Creates a job.
    public init(game: String, kind: MediaKind, candidates: [MediaAsset], spec: ResizeSpec = .original) {
        self.game = game
        self.kind = kind
        self.candidates = candidates
        self.spec = spec
    }
}

/// The result of one `ArtworkJob`.
public struct ArtworkOutcome: Sendable {
    /// The job's game name.
    public var game: String
    /// The job's kind.
    public var kind: MediaKind
    /// The stored file (resized as asked) and the candidate it came from, or the last failure.
    public var result: Result<(artwork: StoredArtwork, source: MediaAsset), ArtworkError>
    /// Failures of better candidates that were skipped for a later one (one warning per file).
    public var warnings: [ArtworkError]
}
