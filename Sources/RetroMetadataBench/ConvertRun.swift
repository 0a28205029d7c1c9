import Foundation
import RetroMetadata
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport

/// One `retro-metadata convert SOURCE --to TARGET --output OUTPUT --link`, through the library pipeline.
struct ConvertRun {
    /// The media kinds the generated ES gamelist has files for (`image`, `thumbnail`, `marquee`, `video`).
    static let sourceKinds: Set<MediaKind> = [.screenshot, .cover, .marquee, .video]

    /// What one conversion wrote.
    struct Written {
        /// Entries converted.
        var entries: Int
        /// Metadata files written.
        var files: Int
        /// Media files placed.
        var links: Int
        /// The source format as read (`es`, `batocera`, ...), which picks the layout probed for unnamed media.
        var format: String
        /// The first media file placed, to check it is a hard link.
        var firstMedia: (source: String, destination: String)?
    }

    /// The ES system folder holding gamelist.xml.
    let source: String
    /// The frontend converted to.
    let target: Frontend
    /// Where the source frontend's manifest comes from.
    let catalog: FrontendCatalog
    /// The output root.
    let output: String

    /// Removes the previous run's output, so every run writes into an empty folder.
    func clearOutput() throws {
        if FileManager.default.fileExists(atPath: output) { try FileManager.default.removeItem(atPath: output) }
    }

    /// Reads the source and writes the target's files, linking the media, as the `convert` command does.
    func run() throws -> Written {
        let loaded = try ConvertSource.load(source)
        guard let platform = loaded.platform else { throw BenchError("no platform for \(source)") }
        var plan = ConvertPlan(
            loaded: loaded, platform: platform, target: target,
            sourceFrontend: try? catalog.frontend(named: loaded.format), output: output)
        let summary = try plan.run(placement: .link, dryRun: false)
        return Written(
            entries: summary.entries, files: summary.files.count, links: summary.media.count, format: loaded.format,
            firstMedia: summary.media.first.map { ($0.source, $0.destination) })
    }

    /// Whether `media`'s destination is the same file as its source.
    func isHardLinked(_ media: (source: String, destination: String)?) throws -> Bool {
        guard let media else { return false }
        let source = try FileManager.default.attributesOfItem(atPath: media.source)
        let destination = try FileManager.default.attributesOfItem(atPath: media.destination)
        return (source[.systemFileNumber] as? NSNumber) == (destination[.systemFileNumber] as? NSNumber)
    }
}
