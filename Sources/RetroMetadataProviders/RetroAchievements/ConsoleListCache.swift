/// Keeps each console's RetroAchievements game list after its first download; concurrent callers share one fetch.
actor ConsoleListCache {
    private var lists: [Int: Task<[RetroAchievementsProvider.Wire.ListedGame], any Error>] = [:]

    /// The list of `console`, calling `fetch` only when it is not held yet; a failed fetch is not kept.
    func list(
        _ console: Int, fetch: @escaping @Sendable () async throws -> [RetroAchievementsProvider.Wire.ListedGame]
    ) async throws -> [RetroAchievementsProvider.Wire.ListedGame] {
        if let task = lists[console] { return try await task.value }
        let task = Task { try await fetch() }
        lists[console] = task
        do {
            return try await task.value
        } catch {
            lists[console] = nil
            throw error
        }
    }
}
