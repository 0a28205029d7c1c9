import ArgumentParser
import Foundation
import RetroMetadataArtwork

/// `retro-metadata artwork fetch URL --output FILE`: one image through the store, resized as asked.
struct ArtworkFetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download one media URL into the artwork store and place it (resized as asked) at a path.",
        discussion: """
            Only http and https URLs are fetched. A URL fetched before is not downloaded again, and a \
            resize made before is not made again. The output is a hard link to the stored file (a copy \
            on another file system).
            """
    )

    @OptionGroup var store: ArtworkStoreOptions
    @OptionGroup var shape: ArtworkShapeOptions

    @Option(help: "Where to write the file (a .png or .jpg name sets the format when --format is not given).")
    var output: String

    @Flag(help: "Print one JSON object.")
    var json = false

    @Argument(help: "The http or https URL.")
    var url: String

    func run() async throws {
        let store = try store.open(online: true)
        var spec = shape.spec
        // Without --format, an output name ending in .png or .jpg says which format is wanted.
        if spec.format == nil {
            switch (output as NSString).pathExtension.lowercased() {
            case "png": spec.format = .png
            case "jpg", "jpeg": spec.format = .jpeg
            default: break
            }
        }
        let placed: String
        let artwork: StoredArtwork
        do {
            artwork = try store.variant(of: try await store.fetch(url), spec)
            let absolute = URL(fileURLWithPath: output).standardizedFileURL.path
            let folder = (absolute as NSString).deletingLastPathComponent
            placed = try store.place(artwork, at: (absolute as NSString).lastPathComponent, under: folder)
        } catch {
            ArtworkStoreOptions.warn("\(error)")
            throw error.code == .unsupportedScheme ? ExitCode.badInput : ExitCode.failure
        }
        guard json else { return print("\(placed): \(artwork.format.rawValue), \(artwork.byteCount) bytes") }
        try JSONLines().emit(
            FetchLine(
                url: store.indexKey(for: url), output: placed, sha1: artwork.sha1,
                format: artwork.format.rawValue, bytes: artwork.byteCount))
    }

    /// The JSON object `fetch --json` prints.
    struct FetchLine: Encodable {
        let url: String
        let output: String
        let sha1: String
        let format: String
        let bytes: Int
    }
}
