import ArgumentParser
import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataFiles
import RetroMetadataScan
import RetroMetadataStore

/// `retro-metadata hash`: CRC-32, MD5 and SHA-1 of files, archive members and headerless ROM data.
struct HashCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash",
        abstract: "Print CRC32, MD5 and SHA1 of ROM files (folders recurse; zip and 7z members are hashed).",
        discussion: """
            Headerless hashes (iNES, FDS, Atari 7800, Atari Lynx and SNES copier headers removed) are \
            printed beside the full-file ones. Results are cached by path, size and modification time.
            """
    )

    @Flag(help: "Print one JSON object per line.")
    var json = false

    @Flag(help: "Hash .zip and .7z files as they are, without opening them.")
    var noArchives = false

    @Flag(help: "Compute only CRC32 (zip members are read from the central directory).")
    var crcOnly = false

    @Option(help: "Only take files with this platform's extensions from folders (universal slug, e.g. snes).")
    var platform: String?

    @Flag(help: "Neither read nor write the hash cache.")
    var noCache = false

    @Option(help: "Folder for the hash cache (default: $XDG_CACHE_HOME/retro-metadata or ~/.cache/retro-metadata).")
    var stateDir: String?

    @Option(help: "Files hashed at once (default: one per core).")
    var jobs: Int?

    @Argument(help: "Files or folders.")
    var paths: [String]

    func run() async throws {
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        guard missing.isEmpty else {
            for path in missing { HashCommand.warn("\(path): no such file or directory") }
            throw ExitCode.badInput
        }
        let finder = platform.map { RomFinder(platform: $0) } ?? RomFinder()
        let found = finder.find(in: paths)
        for issue in found.issues { HashCommand.warn(issue.description) }

        let scanner = RomScanner(
            hashCache: openCache(), concurrency: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let options = HashOptions(expandArchives: !noArchives, crcOnly: crcOnly, useCache: !noCache)
        let totalBytes = found.files.reduce(Int64(0)) { $0 + $1.stamp.size }
        let progress = ProgressBar(total: found.files.count, totalBytes: totalBytes, label: "hashing")
        var output = HashOutput(json: json)
        let summary = await scanner.hash(found.files, options: options) { _, outcome in
            progress.advance(bytes: outcome.file.stamp.size)
            switch outcome.result {
            case .success(let records): output.add(file: outcome.file.path, records: records)
            case .failure(let error):
                progress.finish()
                HashCommand.warn(error.description)
            }
        }
        progress.finish()
        output.finish()
        if let cacheError = summary.cacheError { HashCommand.warn("hash cache not updated: \(cacheError)") }
        if summary.failed > 0 || !found.issues.isEmpty { throw ExitCode.partialFailure }
    }

    /// The SQLite hash cache in the state folder; an in-memory one when disabled or when it cannot be opened.
    private func openCache() -> any HashCache {
        guard !noCache else { return InMemoryHashCache() }
        return Self.openHashCache(
            directory: stateDir ?? StateDirectory.path(environment: ProcessInfo.processInfo.environment))
    }

    /// The SQLite hash cache in `directory`, or an in-memory one (with a warning) when it cannot be opened.
    static func openHashCache(directory: String) -> any HashCache {
        let logger = Logger(label: "retro-metadata", factory: { label in StreamLogHandler.standardError(label: label) })
        do {
            return try SQLiteHashCache(directory: directory, logger: logger)
        } catch {
            HashCommand.warn("hash cache unavailable, continuing without it: \(error)")
            return InMemoryHashCache()
        }
    }

    /// Writes one line to standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
