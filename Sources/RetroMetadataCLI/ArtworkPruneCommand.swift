import ArgumentParser
import RetroMetadataArtwork

/// `retro-metadata artwork prune`: removes store files nothing refers to (to be folded into `cache prune`).
struct ArtworkPruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Remove artwork files no URL or variant refers to, unknown files and stale partial downloads.")

    @OptionGroup var store: ArtworkStoreOptions

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        let report = try store.open(online: false).pruneUnreferenced()
        if json { return try JSONLines().emit(report) }
        print("removed \(report.removedFiles) files (\(report.freedBytes) bytes), \(report.removedRecords) records")
    }
}
