import Foundation

// NSLock rather than Mutex: Mutex needs macOS 15 and the package supports macOS 14.
/// A hash cache that lives only as long as the process: the default when nothing persistent is wired.
public final class InMemoryHashCache: HashCache, @unchecked Sendable {
    private struct Key: Hashable {
        let path: String
        let layout: HashLayout
    }

    private let lock = NSLock()
    private var entries: [Key: HashCacheEntry] = [:]

    /// Creates an empty cache.
    public init() {}

    /// The records stored for `path` in `layout`, when its stamp still matches.
    public func lookup(path: String, layout: HashLayout, stamp: FileStamp) -> [HashRecord]? {
        lock.withLock {
            guard let entry = entries[Key(path: path, layout: layout)], entry.stamp == stamp else { return nil }
            return entry.records
        }
    }

    /// Stores (replacing) the records of many files.
    public func store(_ newEntries: [HashCacheEntry]) {
        lock.withLock {
            for entry in newEntries { entries[Key(path: entry.path, layout: entry.layout)] = entry }
        }
    }

    /// Every remembered path holding an item with these digests.
    public func paths(for hashes: FileHashes) -> [String] {
        let found = lock.withLock {
            entries.values.filter { entry in entry.records.contains { $0.hashes.sameContent(as: hashes) } }
                .map(\.path)
        }
        return Array(Set(found)).sorted()
    }
}
