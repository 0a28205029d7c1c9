import Foundation

/// Reads image sizes and shrinks images; libvips is the implementation, tests may supply another.
public protocol ImageResizer: Sendable {
    /// The pixel size stored in the image's header; throws `corruptImage` when it cannot be read.
    func dimensions(of image: Data) throws(ArtworkError) -> (width: Int, height: Int)

    /// `image` shrunk to fit `spec` (never enlarged, aspect kept) and encoded as `format`.
    func resize(_ image: Data, to spec: ResizeSpec, as format: ResizeSpec.OutputFormat) throws(ArtworkError) -> Data
}
