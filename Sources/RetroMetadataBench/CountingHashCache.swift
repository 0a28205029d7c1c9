import RetroMetadataCore
import Synchronization

/// A hash cache that counts the lookups it could not answer: each one is a file read and hashed again.
final class CountingHashCache: HashCache {
    /// The cache asked.
    let base: any HashCache
    private let missCount = Mutex(0)

    /// Counts the misses of `base`.
    init(base: any HashCache) {
        self.base = base
    }

    /// Lookups that found nothing so far.
    var misses: Int { missCount.withLock { $0 } }

    func lookup(path: String, layout: HashLayout, stamp: FileStamp) -> [HashRecord]? {
        let found = base.lookup(path: path, layout: layout, stamp: stamp)
        if found == nil { missCount.withLock { $0 += 1 } }
        return found
    }

    func store(_ entries: [HashCacheEntry]) throws { try base.store(entries) }

    func paths(for hashes: FileHashes) -> [String] { base.paths(for: hashes) }
}
