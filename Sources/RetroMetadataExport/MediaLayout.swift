import Foundation
import RetroMetadataCore

/// Turns a frontend's path patterns into sanitised paths relative to the output root.
public struct MediaLayout: Sendable {
    /// The frontend's manifest.
    public let manifest: FrontendManifest
    /// The platform names for this export.
    public let names: ExportNames

    /// Creates a layout.
    public init(manifest: FrontendManifest, names: ExportNames) {
        self.manifest = manifest
        self.names = names
    }

    /// Where the metadata file goes, relative to the output root.
    public var metadataPath: String { expand(manifest.metadataFile) }

    /// `pattern` (platform placeholders only) as a sanitised path relative to the output root.
    public func expand(_ pattern: String) -> String { expand(pattern, values: baseValues) }

    /// Where `entry`'s media of `kind` goes (`ext` without the dot), or nil when the frontend has no place for it.
    public func path(for kind: MediaKind, entry: LibraryEntry, ext: String) -> String? {
        guard let pattern = manifest.pattern(for: kind) else { return nil }
        var values = baseValues
        let file = RomFileName(path: entry.path)
        values["rom_stem"] = file.stem
        values["rom_file"] = file.name
        let safe = safeTitle(entry.name ?? file.stem)
        values["title_safe"] = safe
        values["label_safe"] = safe
        values["ext"] = ext.lowercased()
        guard let range = pattern.range(of: "{rom_path_stem}") else { return expand(pattern, values: values) }
        // The ROM's subfolders, each sanitised, stand between the pattern's folders and the file name.
        let head = expand(String(pattern[..<range.lowerBound]), values: values)
        var tail = String(pattern[range.upperBound...])
        for (key, value) in values { tail = tail.replacingAll("{\(key)}", with: PathSanitizer.component(value)) }
        let tailParts = tail.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let name = PathSanitizer.component(PathSanitizer.component(file.stem) + tailParts[0])
        let after = tailParts.dropFirst().filter { !$0.isEmpty }.map(PathSanitizer.component)
        let parts = (head.isEmpty ? [] : [head]) + file.folders.map(PathSanitizer.component) + [name] + after
        return parts.joined(separator: "/")
    }

    /// `title` with the manifest's replaced characters turned into `_`.
    public func safeTitle(_ title: String) -> String {
        let replaced = Set(manifest.replaceCharacters ?? "")
        return String(title.map { replaced.contains($0) ? "_" : $0 })
    }

    private var baseValues: [String: String] {
        ["system": names.system, "platform": names.platform, "playlist": names.playlist]
    }

    /// `pattern` with each placeholder replaced by its sanitised value, every component made safe.
    private func expand(_ pattern: String, values: [String: String]) -> String {
        var result = pattern
        for (key, value) in values {
            result = result.replacingAll("{\(key)}", with: PathSanitizer.component(value))
        }
        return result.split(separator: "/").map { PathSanitizer.component(String($0)) }.joined(separator: "/")
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
