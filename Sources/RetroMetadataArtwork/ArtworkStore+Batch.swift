import Logging
import RetroMetadataCore

extension ArtworkStore {
    /// The first candidate of `job` that downloads and converts, trying the next on each failure.
    public func obtain(_ job: ArtworkJob) async -> ArtworkOutcome {
        var warnings: [ArtworkError] = []
        for candidate in job.candidates {
            do {
                let original = try await fetch(candidate.url, provider: candidate.provider, kind: job.kind)
                let shaped = try variant(of: original, job.spec)
                return ArtworkOutcome(
                    game: job.game, kind: job.kind, result: .success((shaped, candidate)), warnings: warnings)
            } catch {
                logger.warning(
                    "artwork candidate failed",
                    metadata: ["game": "\(job.game)", "kind": "\(job.kind.rawValue)", "error": "\(error)"])
                warnings.append(error)
            }
        }
        let failure = warnings.popLast() ?? .notFound("no \(job.kind.rawValue) for \(job.game)")
        return ArtworkOutcome(game: job.game, kind: job.kind, result: .failure(failure), warnings: warnings)
    }

    /// Runs `jobs` with at most `maxConcurrent` at once (each source's rate limit still applies);
    /// outcomes come back in the jobs' order.
    public func obtainAll(_ jobs: [ArtworkJob], maxConcurrent: Int = 8) async -> [ArtworkOutcome] {
        await withTaskGroup(of: (Int, ArtworkOutcome).self) { group in
            var outcomes = [ArtworkOutcome?](repeating: nil, count: jobs.count)
            var next = 0
            func startNext() {
                guard next < jobs.count else { return }
                let position = next
                let job = jobs[position]
                group.addTask { (position, await self.obtain(job)) }
                next += 1
            }
            for _ in 0..<max(1, maxConcurrent) { startNext() }
            while let (position, outcome) = await group.next() {
                outcomes[position] = outcome
                startNext()
            }
            return outcomes.compactMap { $0 }
        }
    }

    /// One job per kind in `specs` for a game known to several sources, candidates ranked by `selector`.
    public static func jobs(
        for game: String, records: [Game], specs: [MediaKind: ResizeSpec], selector: ArtworkSelector
    ) -> [ArtworkJob] {
        specs.keys.sorted().map { kind in
            ArtworkJob(game: game, kind: kind, candidates: selector.ranked(kind, in: records), spec: specs[kind]!)
        }
    }
}
