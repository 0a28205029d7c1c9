import RetroMetadataCore

/// One provider's answer in a fan-out: the value or the failure.
struct ProviderAnswer<Value: Sendable>: Sendable {
    let entry: ClientProvider
    let value: Value?
    let failure: ProviderFailure?
}

extension MetadataClient {
    /// Calls `call` on every entry, at most `concurrency` at once; answers come back in the entries' order.
    nonisolated func fanOut<Value: Sendable>(
        _ entries: [ClientProvider], operation: String,
        _ call: @escaping @Sendable (ClientProvider) async throws -> Value
    ) async -> [ProviderAnswer<Value>] {
        await withTaskGroup(of: (Int, ProviderAnswer<Value>).self) { group in
            var next = 0
            func start() {
                let index = next
                let entry = entries[index]
                next += 1
                group.addTask {
                    do {
                        return (index, ProviderAnswer(entry: entry, value: try await call(entry), failure: nil))
                    } catch {
                        let failure = ProviderFailure(provider: entry.key, operation: operation, error: error)
                        return (index, ProviderAnswer(entry: entry, value: nil, failure: failure))
                    }
                }
            }
            while next < min(concurrency, entries.count) { start() }
            var answers = [ProviderAnswer<Value>?](repeating: nil, count: entries.count)
            while let (index, answer) = await group.next() {
                answers[index] = answer
                if next < entries.count { start() }
            }
            return answers.compactMap { $0 }
        }
    }
}
