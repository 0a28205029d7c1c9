import Foundation
import RetroMetadataCore

/// Hashes found files (CRC-32, MD5, SHA-1 and headerless variants) in parallel, remembering
/// results in a hash cache so unchanged files are never read twice.
public struct RomScanner: Sendable {
    /// Where hashes are remembered.
    public let hashCache: any HashCache
    /// Files hashed at once.
    public let concurrency: Int
    /// Bytes read per system call.
    public let chunkSize: Int

    /// Creates a scanner; by default results are remembered in memory only and one file is hashed per core.
    public init(
        hashCache: any HashCache = InMemoryHashCache(),
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
        chunkSize: Int = 1 << 20
    ) {
        self.hashCache = hashCache
        self.concurrency = max(1, concurrency)
        self.chunkSize = chunkSize
    }

    /// Hashes one file now, without the cache.
    public func records(of file: RomFile, options: HashOptions = HashOptions()) throws(ScanError) -> [HashRecord] {
        if file.isArchive, options.expandArchives {
            if options.crcOnly, file.fileExtension == "zip" {
                return try ZipDirectory(path: file.path).records(path: file.path)
            }
            return try ArchiveHasher(blockSize: chunkSize).records(of: file.path, crcOnly: options.crcOnly)
        }
        let hasher = ItemHasher(size: file.stamp.size, fileExtension: file.fileExtension, crcOnly: options.crcOnly)
        do {
            try FileReader(chunkSize: chunkSize).forEachChunk(of: file.path, sizeHint: file.stamp.size) {
                hasher.update($0)
            }
        } catch let error as ScanError {
            throw error
        } catch {
            throw .unreadable(file.path, reason: "\(error)")
        }
        return [hasher.finish()]
    }

    /// Hashes one file, answering from the cache when its stamp is unchanged.
    public func hash(_ file: RomFile, options: HashOptions = HashOptions()) -> HashOutcome {
        let layout = RomScanner.layout(of: file, options: options)
        if options.useCache, let cached = hashCache.lookup(path: file.path, layout: layout, stamp: file.stamp) {
            return HashOutcome(file: file, result: .success(cached), fromCache: true)
        }
        do {
            return HashOutcome(file: file, result: .success(try records(of: file, options: options)), fromCache: false)
        } catch {
            return HashOutcome(file: file, result: .failure(error), fromCache: false)
        }
    }

    /// How a file is hashed under these options.
    static func layout(of file: RomFile, options: HashOptions) -> HashLayout {
        file.isArchive && options.expandArchives ? .archiveMembers : .wholeFile
    }

    /// Earlier paths of this content that no longer exist: where a renamed or moved file was.
    public func previousPaths(of file: RomFile, records: [HashRecord]) -> [String] {
        var found: Set<String> = []
        for record in records {
            for path in hashCache.paths(for: record.hashes) where path != file.path {
                if !FileManager.default.fileExists(atPath: path) { found.insert(path) }
            }
        }
        return found.sorted()
    }
}
