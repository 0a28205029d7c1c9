import ArgumentParser
import Foundation
import RetroMetadata
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataScan
import RetroMetadataXML

/// `retro-metadata scrape`: scan, hash, identify and fill each ROM folder's metadata, then write every frontend's files.
struct ScrapeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrape",
        abstract: "Identify ROM folders and write each frontend's metadata and media.",
        discussion: """
            Each ROM folder's platform is --platform or the folder's name. Existing metadata (the folder's \
            gamelist.xml and the target's own file) is read first: only missing values are filled unless \
            --refresh, and favorites, play counts and hand edits are kept. The discs of one game are one entry: an \
            .m3u is written beside them where the frontend launches one (LaunchBox: one additional application per \
            disc). Output defaults to the ROM folder's parent for es and batocera; other frontends need --output. \
            Media the providers offer online are downloaded into the artwork store (state folder) and placed in each \
            layout; a media file the target already has is kept unless --refresh. An interrupted run is continued by \
            running it again. Exit status 3 when a game or a download failed.
            """)

    @Argument(help: "ROM folders or files.")
    var paths: [String]

    @Option(name: .customLong("frontend"), help: "Target frontend (repeatable; default es).")
    var frontends: [String] = []

    @Option(name: .shortAndLong, help: "Output root folder.")
    var output: String?

    @Flag(help: "Replace existing values with the providers' (favorites and play data stay).")
    var refresh = false

    @Flag(help: "Show what would be written and change nothing.")
    var dryRun = false

    @Flag(help: "Print one JSON object summarising the scrape.")
    var json = false

    @OptionGroup var mediaOptions: MediaOptions
    @OptionGroup var parallel: ScrapeJobsOption
    @OptionGroup var client: ClientOptions
    @OptionGroup var frontendOptions: FrontendOptions

    func run() async throws {
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        guard missing.isEmpty else {
            for path in missing { HashCommand.warn("error: \(path): no such file or directory") }
            throw ExitCode.badInput
        }
        let catalog = try frontendOptions.catalog()
        let targets = try (frontends.isEmpty ? ["es"] : frontends).map { name in
            do { return try catalog.frontend(named: name) } catch {
                HashCommand.warn("error: \(error)")
                throw ExitCode.badInput
            }
        }
        let asked = try mediaOptions.kinds()
        let writer = ScrapeWriter(output: output, kinds: asked, refresh: refresh, dryRun: dryRun)
        let result: Outcome
        var scanIssues = 0
        do {
            let scan = try ScrapeFolder.scan(paths, platform: try client.platformSlug())
            for issue in scan.issues { HashCommand.warn("warning: \(issue)") }
            scanIssues = scan.issues.count
            // Every target's output folder is checked before any provider is asked.
            for folder in scan.folders {
                for target in targets { _ = try writer.outputRoot(for: target, folder: folder) }
            }
            result = try await scrape(scan.folders, targets: targets, writer: writer, asked: asked)
        } catch let error as ScrapeError {
            HashCommand.warn("error: \(error)")
            throw ExitCode.badInput
        } catch let error as XMLError {
            HashCommand.warn("error: \(error)")
            throw ExitCode.badInput
        } catch let error as ExportError {
            HashCommand.warn("error: \(error)")
            throw ExitCode.badInput
        }
        let summary = ScrapeSummary(games: result.games, conversions: result.conversions, dryRun: dryRun)
        if json { try JSONLines().emit(summary) } else { summary.printText() }
        let mediaFailed = result.games.contains { $0.errors.contains { $0.operation == "media" } }
        if summary.failed > 0 || scanIssues > 0 || mediaFailed { throw ExitCode.partialFailure }
    }
}
