import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataScan

/// Content-addressed media files under `<state>/artwork/ab/cdef….ext`, indexed by source URL in SQLite.
///
/// The same URL is downloaded once, identical bytes from different URLs are stored once, and resized
/// variants are stored and remembered too, so every frontend layout shares the same files.
public final class ArtworkStore: Sendable {
    /// The folder holding the files and the index.
    public let root: String
    let index: ArtworkIndex
    let downloader: ArtworkDownloader?
    let resizer: any ImageResizer
    let logger: Logger
    private let inFlight = InFlightDownloads()

    /// Name of the index database inside `root`.
    public static let indexName = "index.sqlite"

    /// Opens (creating) the store in `<stateDirectory>/artwork`; without a downloader only stored files are used.
    public convenience init(
        stateDirectory: String, downloader: ArtworkDownloader?, resizer: any ImageResizer = VipsImageResizer(),
        logger: Logger
    ) throws(ArtworkError) {
        try self.init(root: stateDirectory + "/artwork", downloader: downloader, resizer: resizer, logger: logger)
    }

    /// Opens (creating) a store whose files live directly in `root`.
    public init(
        root: String, downloader: ArtworkDownloader?, resizer: any ImageResizer = VipsImageResizer(), logger: Logger
    ) throws(ArtworkError) {
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create the artwork store: \(error.localizedDescription)", file: root)
        }
        self.root = root
        self.index = try ArtworkIndex(path: root + "/" + Self.indexName)
        self.downloader = downloader
        self.resizer = resizer
        self.logger = logger
    }

    /// Where the file with `sha1` in `format` lives.
    public func path(sha1: String, format: ArtworkFormat) -> String {
        "\(root)/\(sha1.prefix(2))/\(sha1.dropFirst(2)).\(format.fileExtension)"
    }

    /// `url` as the index keys it: with the downloader's secrets removed.
    public func indexKey(for url: String) -> String { downloader?.redacted(url) ?? url }

    /// The stored file for `url`, when it was fetched before and the file is still there.
    public func stored(url: String) throws(ArtworkError) -> StoredArtwork? {
        let key = indexKey(for: url)
        guard let sha1 = try index.hash(forURL: key) else { return nil }
        return try stored(sha1: sha1)
    }

    /// The stored file with content hash `sha1`, when it is indexed and present on disk.
    public func stored(sha1: String) throws(ArtworkError) -> StoredArtwork? {
        guard let (format, bytes) = try index.file(sha1) else { return nil }
        let path = path(sha1: sha1, format: format)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return StoredArtwork(sha1: sha1, format: format, byteCount: bytes, path: path)
    }

    /// The file for `url`: from the store when known, else downloaded once (concurrent callers share it).
    public func fetch(_ url: String, provider: ProviderKey? = nil, kind: MediaKind? = nil) async throws(ArtworkError)
        -> StoredArtwork
    {
        if let known = try stored(url: url) { return known }
        guard let downloader else { throw .notFound("\(url) is not in the artwork store") }
        let key = indexKey(for: url)
        let result = await inFlight.run(key) { () async -> Result<StoredArtwork, ArtworkError> in
            do throws(ArtworkError) {
                let (bytes, format) = try await downloader.download(url, provider: provider, kind: kind)
                let stored = try self.store(bytes, format: format)
                try self.index.addURL(key, sha1: stored.sha1, provider: provider?.rawValue)
                return .success(stored)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Stores `bytes` (already recognised as `format`) under their SHA-1, once; returns the record.
    @discardableResult
    public func store(_ bytes: Data, format: ArtworkFormat) throws(ArtworkError) -> StoredArtwork {
        let sha1 = SHA1Digest.hex(of: bytes)
        let path = path(sha1: sha1, format: format)
        if !FileManager.default.fileExists(atPath: path) {
            try AtomicWrite.write(bytes, to: path)
        }
        try index.addFile(sha1, format: format, bytes: bytes.count)
        return StoredArtwork(sha1: sha1, format: format, byteCount: bytes.count, path: path)
    }
}
