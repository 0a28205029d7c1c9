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

    /// Places `file`; returns whether it was re-encoded.
    @discardableResult
    public func place(_ file: ExportPlan.MediaFile) throws -> Bool {
        // A scrape writing into the ROM folder's own layout finds media already in place.
        let destination = try ArtworkStore.checkedDestination(file.destination, under: output)
        if URL(fileURLWithPath: file.source).standardizedFileURL.path == destination { return false }
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
        try ArtworkStore.placeFile(file.source, at: file.destination, under: output, mode: mode)
        return false
    }

    /// The resize the rules ask for, or nil when the frontend has no image rules.
    private var spec: ResizeSpec? {
        guard let rules, rules.maxWidth != nil || rules.maxHeight != nil || rules.format != nil else { return nil }
        return ResizeSpec(
            maxWidth: rules.maxWidth, maxHeight: rules.maxHeight,
            format: rules.format.flatMap { ResizeSpec.OutputFormat(rawValue: $0 == "jpeg" ? "jpg" : $0) })
    }
}
