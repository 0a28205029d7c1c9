import CVips
import Foundation

/// The libvips resizer: shrink-on-load thumbnails, PNG and JPEG output.
public struct VipsImageResizer: ImageResizer {
    /// Creates a resizer, starting libvips once per process.
    public init() {
        _ = Self.started
    }

    // Global lazy initialisation runs exactly once, even when several tasks ask at once.
    private static let started: Bool = {
        guard cvips_init("retro-metadata") == 0 else { return false }
        // Batch work touches each image once: libvips' operation cache would only hold memory.
        vips_cache_set_max(0)
        cvips_quiet_warnings()
        return true
    }()

    /// The width and height in the image's header, read without decoding pixels.
    public func dimensions(of image: Data) throws(ArtworkError) -> (width: Int, height: Int) {
        let opened: UnsafeMutablePointer<VipsImage>? = image.withUnsafeBytes {
            cvips_open_buffer($0.baseAddress, $0.count)
        }
        guard let opened else { throw Self.lastError() }
        defer { cvips_unref(opened) }
        return (Int(vips_image_get_width(opened)), Int(vips_image_get_height(opened)))
    }

    /// `image` shrunk with `vips_thumbnail_buffer` (shrink-on-load) and saved as `format`.
    public func resize(_ image: Data, to spec: ResizeSpec, as format: ResizeSpec.OutputFormat) throws(ArtworkError)
        -> Data
    {
        // libvips reads the source lazily while saving, so both steps run inside the buffer's lifetime.
        let result: Result<Data, ArtworkError> = image.withUnsafeBytes { source in
            var thumbnail: UnsafeMutablePointer<VipsImage>?
            let unlimited: Int32 = 10_000_000
            let width = spec.maxWidth.map { Int32(clamping: $0) } ?? unlimited
            let height = spec.maxHeight.map { Int32(clamping: $0) } ?? unlimited
            guard cvips_thumbnail_buffer(source.baseAddress, source.count, &thumbnail, width, height) == 0,
                let thumbnail
            else { return .failure(Self.lastError()) }
            defer { cvips_unref(thumbnail) }
            return Self.save(thumbnail, as: format, quality: Int32(spec.jpegQuality))
        }
        return try result.get()
    }

    private static func save(
        _ image: UnsafeMutablePointer<VipsImage>, as format: ResizeSpec.OutputFormat, quality: Int32
    )
        -> Result<Data, ArtworkError>
    {
        var output: UnsafeMutableRawPointer?
        var length = 0
        let status: Int32
        switch format {
        case .png:
            status = cvips_pngsave_buffer(image, &output, &length)
        case .jpeg:
            guard vips_image_hasalpha(image) != 0 else {
                status = cvips_jpegsave_buffer(image, &output, &length, quality)
                break
            }
            var flat: UnsafeMutablePointer<VipsImage>?
            guard cvips_flatten_white(image, &flat) == 0, let flat else { return .failure(lastError()) }
            defer { cvips_unref(flat) }
            status = cvips_jpegsave_buffer(flat, &output, &length, quality)
        }
        guard status == 0, let output else { return .failure(lastError()) }
        defer { cvips_free(output) }
        return .success(Data(bytes: output, count: length))
    }

    /// libvips' error text (cleared afterwards) as a corrupt-image error.
    private static func lastError() -> ArtworkError {
        let text = String(cString: vips_error_buffer()).trimmingCharacters(in: .whitespacesAndNewlines)
        vips_error_clear()
        let firstLine = text.split(separator: "\n").first.map(String.init) ?? "unknown libvips error"
        return .corruptImage(firstLine, subject: nil)
    }
}
