import ArgumentParser
import Foundation
import RetroMetadata
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataScan
import RetroMetadataXML

/// `retro-metadata sync launchbox`: one LaunchBox platform brought up to date with a ROM folder.
struct SyncLaunchBoxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "launchbox",
        abstract: "Add new ROMs to a LaunchBox platform, fill empty fields and media, mark missing ROMs.",
        discussion: """
            Updates LAUNCHBOX_DIR/Data/Platforms/<Platform>.xml in place: new ROMs become games (GUIDs made from \
            their path, so a second run adds nothing; the discs of one game are one game launching disc 1, with one \
            additional application per disc), empty fields are filled (user edits, custom fields and unknown records \
            are kept as they are), media go under Images/<Platform>/ (online media downloaded into the artwork \
            store first, only for kinds the game has no image of yet), games whose ROM is gone are \
            marked Broken (removed with their linked records only with --prune; unmarked when the ROM comes back), \
            and the platform is added to Data/Platforms.xml when it is not there. Close LaunchBox first: it \
            rewrites these files on exit. Exit status 2 for an unreadable file, 3 when a game or a download failed.
            """)

    @Argument(help: ArgumentHelp("The LaunchBox folder (holding Data/).", valueName: "launchbox-dir"))
    var launchBoxFolder: String

    @Option(help: "The ROM folder of the platform.")
    var roms: String

    @Flag(help: "Remove games whose ROM is missing, with the records linked to them (instead of marking them).")
    var prune = false

    @Flag(help: "How media reach the LaunchBox folder: hard link (default), copy or symbolic link.")
    var placement: PlacementFlag = .link

    @Flag(help: "Show what would change and write nothing.")
    var dryRun = false

    @Flag(help: "Print one JSON object summarising the sync.")
    var json = false

    @OptionGroup var mediaOptions: MediaOptions
    @OptionGroup var parallel: ScrapeJobsOption
    @OptionGroup var client: ClientOptions
    @OptionGroup var frontendOptions: FrontendOptions

    func run() async throws {
        guard let given = client.platform else {
            HashCommand.warn("error: --platform is needed (the LaunchBox platform of the ROMs)")
            throw ExitCode.badInput
        }
        let slug = PlatformCatalog.standard.platform(named: given)?.slug
        let catalog = try frontendOptions.catalog()
        let frontend: Frontend
        do { frontend = try catalog.frontend(named: "launchbox") } catch {
            HashCommand.warn("error: \(error)")
            throw ExitCode.badInput
        }
        let asked = try mediaOptions.kinds()
        var sync = LaunchBoxSync(
            root: launchBoxFolder, roms: roms, platform: slug,
            platformName: LaunchBoxSync.platformName(for: slug, given: given, root: launchBoxFolder),
            providers: try client.providerKeys(), kinds: asked, prune: prune,
            dryRun: dryRun, placement: placement.mode)
        sync.jobs = try parallel.count(config: client.config)
        // A platform the catalog does not know is fine when the library already has a platform file of that name.
        if slug == nil, !FileManager.default.fileExists(atPath: sync.platformFilePath) {
            _ = try client.platformSlug()
        }
        let input: LaunchBoxSyncInput
        do { input = try sync.prepare() } catch {
            HashCommand.warn("error: \(error)")
            throw ExitCode.badInput
        }
        for issue in input.issues { HashCommand.warn("warning: \(issue)") }
        let summary = try await perform(sync, input: input, frontend: frontend, asked: asked)
        if json { try JSONLines().emit(summary) } else { summary.printText() }
        if summary.failed > 0 || summary.mediaFailed > 0 || !input.issues.isEmpty { throw ExitCode.partialFailure }
    }

    /// Runs the sync with one client, the artwork step (as `scrape` has it) and a progress bar over the games; a
    /// file that cannot be written exits with 1.
    private func perform(_ sync: LaunchBoxSync, input: LaunchBoxSyncInput, frontend: Frontend, asked: Set<MediaKind>?)
        async throws -> LaunchBoxSyncSummary
    {
        let scanner = RomScanner(hashCache: HashCommand.openHashCache(directory: client.cache.stateDirectory()))
        let progress = ProgressBar(total: input.games.count, label: "sync")
        defer { progress.finish() }
        do {
            return try await client.withArtworkClient(targets: [frontend], asked: asked, dryRun: dryRun) {
                client, artwork in
                try await sync.run(
                    input, frontend: frontend, client: client, scanner: scanner, artwork: mediaOptions.noDownload ? nil : artwork,
                    onEach: { progress.advance() },
                    onScraped: { progress.count($0.identification.progressStage) })
            }
        } catch let error as XMLError {
            HashCommand.warn("error: \(error)")
            throw ExitCode.failure
        } catch let error as ArtworkError {
            HashCommand.warn("error: \(error)")
            throw ExitCode.failure
        }
    }
}
