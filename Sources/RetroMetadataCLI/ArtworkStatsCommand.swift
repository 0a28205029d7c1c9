import ArgumentParser
import RetroMetadataArtwork

/// `retro-metadata artwork stats`: what the artwork store holds (to be folded into `cache stats`).
struct ArtworkStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Show how many files, bytes, URLs and variants the artwork store holds.")

    @OptionGroup var store: ArtworkStoreOptions

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        let stats = try store.open(online: false).statistics()
        if json { return try JSONLines().emit(stats) }
        var table = TextTable(headers: ["ARTWORK", "VALUE"])
        table.rows =
            [
                ["folder", stats.root], ["files", "\(stats.files)"], ["bytes", "\(stats.bytes)"],
                ["urls", "\(stats.urls)"], ["variants", "\(stats.variants)"],
                ["unreferenced files", "\(stats.unreferencedFiles)"],
            ] + stats.filesByFormat.keys.sorted().map { ["\($0) files", "\(stats.filesByFormat[$0]!)"] }
        print(table.render(), terminator: "")
    }
}
