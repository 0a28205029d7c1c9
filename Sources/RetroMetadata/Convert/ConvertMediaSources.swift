import Foundation
import RetroMetadataCore
import RetroMetadataExport

/// Finds each source entry's existing media: its own media paths, then the source frontend's layout.
public struct ConvertMediaSources {
    public let loaded: ConvertSource
    public let platform: String
    public let frontend: Frontend?

    /// Extensions tried for layout patterns ending in `{ext}`.
    public static let extensions = ["png", "jpg", "jpeg", "webp", "gif", "mp4", "mkv", "avi", "webm", "pdf"]

    /// Absolute paths of existing media files by kind, one dictionary per entry; `only` limits the layout search of
    /// each entry to some kinds.
    public func find(for entries: [LibraryEntry], only: [Set<MediaKind>]? = nil) -> [[MediaKind: String]] {
        let metadataFolder = URL(fileURLWithPath: loaded.path).deletingLastPathComponent().standardizedFileURL.path
        let root = layoutRoot()
        let layout = frontend.map {
            MediaLayout(manifest: $0.manifest, names: ConvertPlatformNames.names(for: platform, frontend: $0.name))
        }
        let listing = MediaFolderListing()
        // Each kind's pattern facts, worked out once rather than per entry.
        let kinds = (layout?.manifest.mediaKinds ?? []).map { kind in
            let pattern = layout?.manifest.media[kind.rawValue] ?? ""
            return (kind: kind, extSuffix: pattern.hasSuffix(".{ext}"), hasExt: pattern.contains("{ext}"))
        }
        return entries.enumerated().map { index, entry in
            var found: [MediaKind: String] = [:]
            for (kind, path) in entry.media {
                let absolute = resolve(path, against: metadataFolder)
                if FileManager.default.fileExists(atPath: absolute) { found[kind] = absolute }
            }
            guard let layout, let root else { return found }
            let placeholders = layout.placeholders(for: entry)
            for (kind, extSuffix, hasExt) in kinds where found[kind] == nil && only?[index].contains(kind) != false {
                guard let first = layout.path(for: kind, placeholders: placeholders, ext: "png") else { continue }
                // Building a layout path is the costly part: build it once and only change its extension.
                if extSuffix {
                    let stemPath = root + "/" + first.dropLast(4)
                    found[kind] = listing.firstExisting(stemPath: stemPath, extensions: Self.extensions)
                } else {
                    let candidates =
                        hasExt
                        ? Self.extensions.compactMap { layout.path(for: kind, placeholders: placeholders, ext: $0) }
                        : [first]
                    if let hit = candidates.first(where: { listing.exists(root + "/" + $0) }) {
                        found[kind] = root + "/" + hit
                    }
                }
                if found[kind] == nil, let hit = listing.numbered(root + "/" + first) { found[kind] = hit }
            }
            return found
        }
    }

    /// The source frontend's output root: the metadata file's path minus the components its pattern has.
    private func layoutRoot() -> String? {
        guard let frontend else { return nil }
        let depth = frontend.manifest.metadataFile.split(separator: "/").count
        var url = URL(fileURLWithPath: loaded.path).standardizedFileURL
        for _ in 0..<depth { url.deleteLastPathComponent() }
        return url.path
    }

    /// `path` as written in a frontend file made absolute (`./x`, `x`, `~/x`, `/x`).
    private func resolve(_ path: String, against folder: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return NSHomeDirectory() + String(path.dropFirst(1)) }
        // The usual `./media/x.png` joins as text; only paths with `.`/`..` parts need URL standardising.
        let plain = path.hasPrefix("./") ? path.dropFirst(2) : Substring(path)
        let parts = plain.split(separator: "/", omittingEmptySubsequences: false)
        if !plain.isEmpty, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return (folder == "/" ? "" : folder) + "/" + plain
        }
        return URL(fileURLWithPath: folder).appendingPathComponent(path).standardizedFileURL.path
    }
}
