import Foundation
import RetroMetadataCore

/// Finds a gamelist entry's media files: paths the entry names, ES-DE's `downloaded_media` folders and
/// Batocera's `images/<stem>-<suffix>` files.
struct GamelistMediaFinder: Sendable {
    /// ES-DE's `downloaded_media` root, when known.
    var downloadedMedia: String?

    /// ES-DE media folders and the kinds they hold.
    static let esDEFolders: [(folder: String, kind: MediaKind)] = [
        ("covers", .cover), ("backcovers", .boxBack), ("3dboxes", .box3D), ("screenshots", .screenshot),
        ("titlescreens", .titleScreen), ("fanart", .fanart), ("marquees", .marquee), ("miximages", .miximage),
        ("physicalmedia", .physicalMedia), ("videos", .video), ("manuals", .manual),
    ]

    /// Batocera's scraper: folder, file-name suffix and kind.
    static let batoceraFiles: [(folder: String, suffix: String, kind: MediaKind)] = [
        ("images", "thumb", .cover), ("images", "boxback", .boxBack), ("images", "image", .screenshot),
        ("images", "titleshot", .titleScreen), ("images", "fanart", .fanart), ("images", "marquee", .marquee),
        ("images", "wheel", .wheel), ("images", "map", .map), ("images", "bezel", .bezel),
        ("images", "cartridge", .physicalMedia), ("videos", "video", .video), ("manuals", "manual", .manual),
    ]

    /// Extensions tried for a kind, in ES-DE's order.
    static func extensions(_ kind: MediaKind) -> [String] {
        switch kind {
        case .video: ["mp4", "mkv", "avi", "wmv", "mov"]
        case .manual: ["pdf"]
        default: ["png", "jpg", "jpeg", "webp"]
        }
    }

    /// Every medium found for `entry` of `source`: the entry's own paths first, then the two folder layouts.
    func media(for entry: LibraryEntry, in source: GamelistSource) -> [MediaKind: [MediaAsset]] {
        var found: [MediaKind: [MediaAsset]] = [:]
        for (kind, path) in entry.media {
            if let resolved = resolve(path, in: source) { found[kind] = [asset(resolved)] }
        }
        let relative = Self.relative(entry.path)
        let stem = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
        let subfolder = (relative as NSString).deletingLastPathComponent
        if let root = downloadedMedia {
            for (folder, kind) in Self.esDEFolders where found[kind] == nil {
                let base = [root, source.system, folder, subfolder].filter { !$0.isEmpty }.joined(separator: "/")
                if let file = firstExisting(base + "/" + stem, Self.extensions(kind)) { found[kind] = [asset(file)] }
            }
        }
        for (folder, suffix, kind) in Self.batoceraFiles where found[kind] == nil {
            let base = source.romFolder + "/" + folder + "/" + stem + "-" + suffix
            if let file = firstExisting(base, Self.extensions(kind)) { found[kind] = [asset(file)] }
        }
        return found
    }

    /// The path without a leading `./`.
    static func relative(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }

    private func resolve(_ path: String, in source: GamelistSource) -> String? {
        if path.hasPrefix("http://") || path.hasPrefix("https://") { return path }
        let absolute =
            path.hasPrefix("/")
            ? path
            : path.hasPrefix("~/")
                ? NSHomeDirectory() + path.dropFirst(1)
                : source.romFolder + "/" + Self.relative(path)
        return FileManager.default.fileExists(atPath: absolute) ? absolute : nil
    }

    private func firstExisting(_ base: String, _ extensions: [String]) -> String? {
        extensions.lazy.map { base + "." + $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

    private func asset(_ path: String) -> MediaAsset {
        let format = (path as NSString).pathExtension.lowercased()
        return MediaAsset(url: path, provider: .gamelist, format: format.isEmpty ? nil : format)
    }
}
