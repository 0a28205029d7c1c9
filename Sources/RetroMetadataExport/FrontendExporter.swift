import Foundation
import RetroMetadataCore

/// Plans a library's export to one frontend: media destinations from the manifest, metadata from the template
/// (text formats) or from the caller's XML writer (gamelist and LaunchBox, which merge into existing files).
public struct FrontendExporter: Sendable {
    /// The target frontend.
    public let frontend: Frontend
    /// The paths it uses.
    public let layout: MediaLayout

    /// Creates an exporter.
    public init(frontend: Frontend, names: ExportNames) {
        self.frontend = frontend
        layout = MediaLayout(manifest: frontend.manifest, names: names)
    }

    /// The media to place for `entries`, whose existing media files are `sources` (absolute paths by kind).
    public func mediaFiles(entries: [LibraryEntry], sources: [[MediaKind: String]]) -> [ExportPlan.MediaFile] {
        var files: [ExportPlan.MediaFile] = []
        var taken: Set<String> = []
        for (entry, found) in zip(entries, sources) where !found.isEmpty {
            let placeholders = layout.placeholders(for: entry)
            for kind in found.keys.sorted() {
                let source = found[kind]!
                let ext = Self.pathExtension(source)
                guard
                    let destination = layout.path(
                        for: kind, placeholders: placeholders, ext: ext.isEmpty ? "png" : ext),
                    taken.insert(destination).inserted
                else { continue }
                files.append(
                    ExportPlan.MediaFile(entry: entry.path, kind: kind, source: source, destination: destination))
            }
        }
        return files
    }

    /// The extension of the last component of `path` (no dot), empty when it has none; as `NSString.pathExtension`
    /// for the source paths a conversion sees, without the bridging.
    static func pathExtension(_ path: String) -> String {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let name = slash.map { path[path.utf8.index(after: $0)...] } ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.last != "." else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// `entries` with media paths pointing at `media` (per `mediaPathStyle`) when the frontend lists media in its
    /// metadata (paths of media not placed stay as written), else with no media paths.
    public func entriesWithMedia(_ entries: [LibraryEntry], media: [ExportPlan.MediaFile]) -> [LibraryEntry] {
        let byEntry = Dictionary(grouping: media, by: \.entry)
        return entries.map { entry in
            var entry = entry
            // Paths whose files were not found stay as written, so a metadata-only conversion erases nothing.
            if !frontend.manifest.mediaPathsInMetadata { entry.media = [:] }
            if frontend.manifest.mediaPathsInMetadata {
                for file in byEntry[entry.path] ?? [] { entry.media[file.kind] = metadataPath(of: file.destination) }
            }
            return entry
        }
    }

    /// The text metadata for a template frontend.
    public func renderText(_ entries: [LibraryEntry], media: [ExportPlan.MediaFile], romDirectory: String?) -> [UInt8] {
        guard let template = frontend.template else { return [] }
        return Array(template.render(context(entries, media: media, romDirectory: romDirectory)).utf8)
    }

    /// The manifest's extra files: each one's path relative to the output root and its rendered bytes.
    public func renderExtraFiles(_ entries: [LibraryEntry], media: [ExportPlan.MediaFile], romDirectory: String?)
        -> [(path: String, bytes: [UInt8])]
    {
        let values = context(entries, media: media, romDirectory: romDirectory)
        return zip(frontend.manifest.extraFiles ?? [], frontend.extraTemplates).map { extra, template in
            (layout.expand(extra.path), Array(template.render(values).utf8))
        }
    }

    private func context(_ entries: [LibraryEntry], media: [ExportPlan.MediaFile], romDirectory: String?) -> [String:
        Any]
    {
        let withMedia = entriesWithMedia(entries, media: media)
        return TemplateContext.make(
            entries: withMedia, names: layout.names, media: withMedia.map(\.media), romDirectory: romDirectory)
    }

    /// How the metadata names the media file at `path` (relative to the output root), per `mediaPathStyle`.
    public func metadataPath(of path: String) -> String {
        frontend.manifest.mediaPathStyle == "root-windows"
            ? path.replacingAll("/", with: "\\") : relativeToMetadata(path)
    }

    /// `path` (relative to the output root) relative to the metadata file's folder: `./x` below it, else `../`s.
    public func relativeToMetadata(_ path: String) -> String {
        let folder = layout.metadataPath.split(separator: "/").dropLast()
        let target = path.split(separator: "/")
        var common = 0
        while common < folder.count, common < target.count - 1, folder[folder.startIndex + common] == target[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: folder.count - common)
        let rest = target[common...].map(String.init)
        return ups.isEmpty ? "./" + rest.joined(separator: "/") : (ups + rest).joined(separator: "/")
    }
}
