import Foundation

/// Applies a `ResizeSpec` to image bytes: passes them through untouched when they already fit, else resizes.
public struct ImageShaper: Sendable {
    private let resizer: any ImageResizer

    /// Creates a shaper on `resizer`.
    public init(resizer: any ImageResizer) {
        self.resizer = resizer
    }

    /// `bytes` shaped by `spec`, with the resulting format; the same bytes when nothing needs doing.
    ///
    /// Videos, documents and unrecognised bytes pass through only when no format change is asked;
    /// throws `corruptImage` for an image that cannot be decoded.
    public func shape(_ bytes: Data, _ spec: ResizeSpec) throws(ArtworkError) -> (bytes: Data, format: ArtworkFormat) {
        guard let format = ArtworkFormat.sniff(bytes), format.isImage else {
            guard let format = ArtworkFormat.sniff(bytes), spec.format == nil else {
                throw .corruptImage("not a PNG, JPEG, GIF or WebP image", subject: nil)
            }
            return (bytes, format)
        }
        guard spec != .original else { return (bytes, format) }
        let (width, height) = try resizer.dimensions(of: bytes)
        if spec.isSatisfied(width: width, height: height, format: format) { return (bytes, format) }
        // Formats the resizer cannot write (GIF, WebP) become PNG, which keeps transparency.
        let output = spec.format ?? (format == .jpeg ? .jpeg : .png)
        return (try resizer.resize(bytes, to: spec, as: output), output.artworkFormat)
    }
}
