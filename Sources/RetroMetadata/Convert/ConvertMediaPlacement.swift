import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataFiles

/// Places one media file in the target layout: linked or copied as is, or re-encoded when the frontend's image
/// rules (format, size) need it.
public struct ConvertMediaPlacement {
    public let output: String
    public let mode: PlacementMode
    public let rules: FrontendManifest.ImageRules?
    /// The output's folders checked and made so far, shared by every file this placement places.
    private let root: OutputRoot
    /// The resize the rules ask for, or nil when the frontend has no image rules.
    private let spec: ResizeSpec?

    /// A placement into `output` by `mode`, re-encoding images that break `rules`.
    public init(output: String, mode: PlacementMode, rules: FrontendManifest.ImageRules?) {
        self.output = output
        self.mode = mode
        self.rules = rules
        root = OutputRoot(output)
        spec = Self.spec(for: rules)
    }

    /// The absolute destination of `file`, refused when it would leave the output.
    public func destination(of file: ExportPlan.MediaFile) throws -> String {
        try root.checkedDestination(file.destination)
    }

    /// Places `file`; returns whether it was re-encoded.
    @discardableResult
    public func place(_ file: ExportPlan.MediaFile) throws -> Bool {
        // A scrape writing into the ROM folder's own layout finds media already in place.
        let destination = try root.checkedDestination(file.destination)
        if OutputRoot.standardized(file.source) == destination { return false }
        if file.kind.isImage, let spec = spec, let bytes = FileManager.default.contents(atPath: file.source),
            let format = ArtworkFormat.sniff(bytes), format.isImage
        {
            let resizer = VipsImageResizer()
            let size = try resizer.dimensions(of: bytes)
            if !spec.isSatisfied(width: size.width, height: size.height, format: format) {
                let encoded = try resizer.resize(bytes, to: spec, as: spec.format ?? (format == .png ? .png : .jpeg))
                try AtomicFile.write(encoded, to: destination)
                return true
            }
        }
        try root.placeFile(file.source, at: file.destination, mode: mode)
        return false
    }

    /// The resize `rules` ask for, or nil when the frontend has no image rules.
    private static func spec(for rules: FrontendManifest.ImageRules?) -> ResizeSpec? {
        guard let rules, rules.maxWidth != nil || rules.maxHeight != nil || rules.format != nil else { return nil }
        return ResizeSpec(
            maxWidth: rules.maxWidth, maxHeight: rules.maxHeight,
            format: rules.format.flatMap { ResizeSpec.OutputFormat(rawValue: $0 == "jpeg" ? "jpg" : $0) })
    }
}
