import Foundation
import RetroMetadataArtwork
import RetroMetadataTesting

/// Builds real image bytes for tests: PNG through the stored-block encoder, JPEG through libvips.
enum TestImage {
    /// An RGB PNG of `width` x `height` with a gradient, so different sizes give different bytes.
    static func png(width: Int, height: Int, seed: UInt8 = 0) -> Data {
        Data(
            StoredPNGEncoder.encode(width: width, height: height) { x, y in
                (UInt8(truncatingIfNeeded: x &+ Int(seed)), UInt8(truncatingIfNeeded: y), seed)
            })
    }

    /// A baseline JPEG of `width` x `height`, encoded by libvips from the PNG above.
    static func jpeg(width: Int, height: Int, seed: UInt8 = 0) throws -> Data {
        try VipsImageResizer().resize(png(width: width, height: height, seed: seed), to: .original, as: .jpeg)
    }
}
