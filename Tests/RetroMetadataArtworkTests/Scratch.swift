import Foundation
import Logging
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataTesting

/// A store in a fresh temporary folder (removed afterwards), downloading through the live transport.
final class Scratch: Sendable {
    let folder: String
    let store: ArtworkStore
    let logs = CapturingLogHandler.Store()

    init(maxBytes: Int = ArtworkDownloader.defaultMaxBytes, timeout: Duration = .seconds(10)) throws {
        folder = NSTemporaryDirectory() + "retro-metadata-artwork-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let logger = CapturingLogHandler.logger(logs)
        let downloader = ArtworkDownloader(
            transport: LiveHTTPTransport(), defaultLimit: .unlimited, retryPolicy: .none, maxBytes: maxBytes,
            timeout: timeout, redactor: SecretRedactor(secrets: ["sekrit-password"]), logger: logger)
        store = try ArtworkStore(stateDirectory: folder, downloader: downloader, logger: logger)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Every file below `path`, relative names, sorted.
    func files(under path: String) -> [String] {
        (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path + "/" + $0, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }
}

extension FixtureResponse {
    /// An answer carrying `bytes` as `contentType`.
    static func media(_ bytes: Data, contentType: String = "image/png") -> FixtureResponse {
        FixtureResponse(status: 200, headers: [("Content-Type", contentType)], body: bytes)
    }
}
