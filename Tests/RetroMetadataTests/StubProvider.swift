import RetroMetadataCore
import RetroMetadataProviders

/// A scripted in-memory provider: fixed answers per call, or an error, and a count of calls in flight.
struct StubProvider: HashIdentifying {
    var key: ProviderKey
    var searchResults: [SearchResult] = []
    var games: [String: Game] = [:]
    var identifyAnswer: Game?
    var hashAnswer: Game?
    var failure: ProviderError?
    var gauge: ConcurrencyGauge?

    func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        try await visit()
        return Array(searchResults.prefix(limit))
    }

    func game(id: String) async throws -> Game? {
        try await visit()
        return games[id]
    }

    func identify(fileName: String, platformID: Int?) async throws -> Game? {
        try await visit()
        return identifyAnswer
    }

    func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game? {
        try await visit()
        return hashAnswer
    }

    private func visit() async throws {
        if let gauge { await gauge.enter() }
        for _ in 0..<20 { await Task.yield() }
        if let gauge { await gauge.leave() }
        if let failure { throw failure }
    }

    /// A game record known to this provider under `id`.
    func record(_ name: String, id: String) -> Game {
        Game(name: name, ids: [key: id])
    }

    /// A search hit of this provider.
    func hit(_ name: String, id: String) -> SearchResult {
        SearchResult(name: name, provider: key, id: id)
    }
}

/// Counts calls in flight and remembers the most at once. With `holdUntil`, the first calls wait until that many are
/// in flight together (then none waits any more), so a test sees calls overlap without depending on timing.
actor ConcurrencyGauge {
    private(set) var current = 0
    private(set) var highest = 0
    private(set) var total = 0
    private let holdUntil: Int
    private var held: [CheckedContinuation<Void, Never>] = []

    init(holdUntil: Int = 0) {
        self.holdUntil = holdUntil
    }

    func enter() async {
        current += 1
        total += 1
        highest = max(highest, current)
        guard highest < holdUntil else {
            for call in held { call.resume() }
            held = []
            return
        }
        await withCheckedContinuation { held.append($0) }
    }

    func leave() { current -= 1 }
}

/// A name scorer that reads scores from a table keyed by candidate name (0 for others).
func tableScorer(_ scores: [String: Double]) -> NameScorer {
    NameScorer { _, candidate in scores[candidate] ?? 0 }
}

/// A server error as a provider reports it.
func serverError(_ key: ProviderKey) -> ProviderError {
    .unavailable(key, operation: "search", status: 500, detail: "server error")
}
