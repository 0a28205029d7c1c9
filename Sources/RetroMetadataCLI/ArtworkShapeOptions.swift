import ArgumentParser
import RetroMetadataArtwork

extension ResizeSpec.OutputFormat: ExpressibleByArgument {}

/// `--max-width`, `--max-height` and `--format`, shared by `artwork fetch` and `artwork resize`.
struct ArtworkShapeOptions: ParsableArguments {
    @Option(help: "Largest width in pixels (images are never enlarged).")
    var maxWidth: Int?

    @Option(help: "Largest height in pixels.")
    var maxHeight: Int?

    @Option(help: "Output format: png or jpg (default: keep the source's).")
    var format: ResizeSpec.OutputFormat?

    /// The spec these options ask for.
    var spec: ResizeSpec { ResizeSpec(maxWidth: maxWidth, maxHeight: maxHeight, format: format) }

    func validate() throws {
        for (name, value) in [("--max-width", maxWidth), ("--max-height", maxHeight)] {
            if let value, value < 1 { throw ValidationError("\(name) must be at least 1") }
        }
    }
}
