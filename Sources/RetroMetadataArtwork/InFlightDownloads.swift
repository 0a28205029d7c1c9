import RetroMetadataCore

/// Joins concurrent requests for the same key onto one running task, so one URL is fetched once.
actor InFlightDownloads {
    private var running: [String: Task<Result<StoredArtwork, ArtworkError>, Never>] = [:]

    /// The result of `work` for `key`, started now or shared with a caller already waiting for it.
    func run(
        _ key: String, _ work: @escaping @Sendable () async -> Result<StoredArtwork, ArtworkError>
    ) async -> Result<StoredArtwork, ArtworkError> {
        if let task = running[key] { return await task.value }
        let task = Task { await work() }
        running[key] = task
        let result = await task.value
        running[key] = nil
        return result
    }
}
