import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file writes that readers see complete or not at all: temporary file beside the target, fsync, rename.
// `AtomicWrite.write` would shadow the system call inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

enum AtomicWrite {
    /// Prefix of temporary files, so pruning can recognise leftovers of an interrupted process.
    static let temporaryPrefix = ".partial-"

    /// A fresh temporary name in the folder of `path`.
    static func temporaryPath(beside path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return "\(folder)/\(temporaryPrefix)\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    }

    /// Writes `bytes` to `path`, creating its folder; on any failure nothing is left behind.
    static func write(_ bytes: Data, to path: String) throws(ArtworkError) {
        try makeFolder(of: path)
        let temporary = temporaryPath(beside: path)
        do {
            try writeSynced(bytes, to: temporary)
            try move(temporary, to: path)
        } catch {
            unlink(temporary)
            throw error
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

    /// Writes and fsyncs a new file at `path` (which must not exist).
    static func writeSynced(_ bytes: Data, to path: String) throws(ArtworkError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                systemWrite(descriptor, $0.baseAddress! + written, bytes.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure(path) }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw failure(path) }
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
