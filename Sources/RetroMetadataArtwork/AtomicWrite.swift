import Foundation
import RetroMetadataFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The store's file operations: whole-file writes through the shared `AtomicFile`, plus the pieces
/// hard-link placement needs (a temporary name, a folder, a rename), all reporting `ArtworkError`.
enum AtomicWrite {
    /// A fresh temporary name in the folder of `path`, recognisable by `AtomicFile.temporaryPrefix`.
    static func temporaryPath(beside path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return "\(folder)/\(AtomicFile.temporaryPrefix)\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    }

    /// Writes `bytes` to `path`, creating its folder; store files need no backup, so none is kept.
    static func write(_ bytes: Data, to path: String) throws(ArtworkError) {
        do {
            try AtomicFile.write(bytes, to: path, keepsBackup: false)
        } catch {
            throw .io(error.reason, file: error.path)
        }
    }

    /// Creates the folder that will hold `path`.
    static func makeFolder(of path: String) throws(ArtworkError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create folder: \(error.localizedDescription)", file: folder)
        }
    }

    /// Renames `source` over `destination` in one step.
    static func move(_ source: String, to destination: String) throws(ArtworkError) {
        guard rename(source, destination) == 0 else { throw failure(destination) }
    }

    /// The current `errno` as an I/O error for `path`.
    static func failure(_ path: String) -> ArtworkError {
        .io(String(cString: strerror(errno)), file: path)
    }
}
