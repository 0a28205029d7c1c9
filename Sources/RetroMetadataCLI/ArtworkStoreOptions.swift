import ArgumentParser
import Foundation
import Logging
import RetroMetadataArtwork
import RetroMetadataFiles
import RetroMetadataHTTP
import RetroMetadataStore

/// Options every `artwork` subcommand shares: where the store is.
struct ArtworkStoreOptions: ParsableArguments {
    @Option(help: "State folder holding artwork/ (default: $XDG_CACHE_HOME/retro-metadata or ~/.cache/retro-metadata).")
    var stateDir: String?

    /// Opens the store, with a live downloader when `online`; exits with status 1 when it cannot be opened.
    func open(online: Bool) throws -> ArtworkStore {
        let directory = stateDir ?? StateDirectory.path(environment: ProcessInfo.processInfo.environment)
        let logger = Self.logger
        let downloader = online ? ArtworkDownloader(transport: LiveHTTPTransport(), logger: logger) : nil
        do {
            return try ArtworkStore(stateDirectory: directory, downloader: downloader, logger: logger)
        } catch {
            Self.warn("\(error)")
            throw ExitCode.failure
        }
    }

    /// Warnings and errors on standard error.
    static var logger: Logger {
        var logger = Logger(label: "retro-metadata.artwork") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .error
        return logger
    }

    /// Writes one line to standard error.
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data("error: \(text)\n".utf8))
    }
}
