/// How a frontend wants an image: a bounding box (either side optional), and optionally a file format.
public struct ResizeSpec: Hashable, Sendable, Codable {
    /// Output formats the resizer writes.
    public enum OutputFormat: String, Hashable, Sendable, Codable, CaseIterable {
        case png
        case jpeg = "jpg"

        /// The stored format this output is.
        public var artworkFormat: ArtworkFormat { self == .png ? .png : .jpeg }
    }

    /// Largest width in pixels, or `nil` for any.
    public var maxWidth: Int?
    /// Largest height in pixels, or `nil` for any.
    public var maxHeight: Int?
    /// Wanted format, or `nil` to keep the source's.
    public var format: OutputFormat?
    /// JPEG quality, 1...100.
    public var jpegQuality: Int

    /// Creates a spec; sizes below 1 mean "no limit".
    public init(maxWidth: Int? = nil, maxHeight: Int? = nil, format: OutputFormat? = nil, jpegQuality: Int = 90) {
        self.maxWidth = maxWidth.flatMap { $0 > 0 ? $0 : nil }
        self.maxHeight = maxHeight.flatMap { $0 > 0 ? $0 : nil }
        self.format = format
        self.jpegQuality = min(100, max(1, jpegQuality))
    }

    /// The identity spec: every file passes through.
    public static let original = ResizeSpec()

    /// Whether an image of `width` x `height` in `format` already satisfies this spec.
    public func isSatisfied(width: Int, height: Int, format source: ArtworkFormat) -> Bool {
        width <= (maxWidth ?? Int.max) && height <= (maxHeight ?? Int.max)
            && (format == nil || format?.artworkFormat == source)
    }

    /// A stable text naming these parameters, used as the variant's key in the index.
    public var key: String {
        let output = format.map { $0 == .jpeg ? "jpg-q\(jpegQuality)" : "png" } ?? "same"
        return "w\(maxWidth ?? 0)-h\(maxHeight ?? 0)-\(output)"
    }
}
