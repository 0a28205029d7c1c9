import RetroMetadataCore

extension RomScanner {
    /// Files hashed between two writes to the cache.
    static let cacheBatchSize = 512
    /// Files that may be started past the oldest one not yet reported.
    static let reorderWindow = 1024

    /// Hashes many files, `concurrency` at a time, calling `onEach` in input order as results arrive;
    /// new results are written to the cache in batches.
    public func hash(
        _ files: [RomFile], options: HashOptions = HashOptions(), onEach: (Int, HashOutcome) -> Void
    ) async -> HashSummary {
        var summary = HashSummary()
        var unsaved: [HashCacheEntry] = []
        var waiting: [Int: HashOutcome] = [:]
        var nextToReport = 0

        func record(_ index: Int, _ outcome: HashOutcome) {
            switch outcome.result {
            case .failure: summary.failed += 1
            case .success where outcome.fromCache: summary.cached += 1
            case .success(let records):
                summary.hashed += 1
                summary.bytesRead += outcome.file.stamp.size
                if options.useCache, !options.crcOnly {
                    let file = outcome.file
                    let layout = RomScanner.layout(of: file, options: options)
                    unsaved.append(HashCacheEntry(path: file.path, layout: layout, stamp: file.stamp, records: records))
                }
            }
            waiting[index] = outcome
            while let ready = waiting.removeValue(forKey: nextToReport) {
                onEach(nextToReport, ready)
                nextToReport += 1
            }
            if unsaved.count >= RomScanner.cacheBatchSize { save() }
        }

        func save() {
            guard !unsaved.isEmpty else { return }
            do {
                try hashCache.store(unsaved)
            } catch {
                summary.cacheError = "\(error)"
            }
            unsaved = []
        }

        await withTaskGroup(of: (Int, HashOutcome).self) { group in
            var next = 0
            while next < files.count || !group.isEmpty {
                // Bounded ahead of the oldest unreported file so a slow file cannot make results pile up.
                while next < files.count, next - nextToReport - waiting.count < concurrency,
                    next - nextToReport < RomScanner.reorderWindow
                {
                    let index = next
                    let file = files[index]
                    group.addTask { (index, self.hash(file, options: options)) }
                    next += 1
                }
                guard let (index, outcome) = await group.next() else { break }
                record(index, outcome)
            }
        }
        save()
        return summary
    }
}
