import Foundation
import RetroMetadataCore

/// Turns a frontend's path patterns into sanitised paths relative to the output root.
public struct MediaLayout: Sendable {
    /// The frontend's manifest.
    public let manifest: FrontendManifest
    /// The platform names for this export.
    public let names: ExportNames

    /// The platform placeholders' sanitised values.
    let baseValues: [String: String]
    /// The characters `safeTitle` replaces.
    private let replacedCharacters: Set<Character>
    /// The media patterns by kind name, split once.
    private let patterns: [String: PathPattern.Split]

    /// Creates a layout.
    public init(manifest: FrontendManifest, names: ExportNames) {
        self.manifest = manifest
        self.names = names
        baseValues = ["system": names.system, "platform": names.platform, "playlist": names.playlist]
            .mapValues(PathSanitizer.component)
        replacedCharacters = Set(manifest.replaceCharacters ?? "")
        patterns = manifest.media.mapValues(PathPattern.split)
    }

    /// Where the metadata file goes, relative to the output root.
    public var metadataPath: String { expand(manifest.metadataFile) }

    /// `pattern` (platform placeholders only) as a sanitised path relative to the output root.
    public func expand(_ pattern: String) -> String { expand(pattern, values: baseValues) }

    /// Where `entry`'s media of `kind` goes (`ext` without the dot), or nil when the frontend has no place for it.
    public func path(for kind: MediaKind, entry: LibraryEntry, ext: String) -> String? {
        path(for: kind, placeholders: placeholders(for: entry), ext: ext)
    }

    /// Where the media of `kind` goes for the entry whose `placeholders` these are (`ext` without the dot).
    public func path(for kind: MediaKind, placeholders: EntryPlaceholders, ext: String) -> String? {
        guard let pattern = patterns[kind.rawValue] else { return nil }
        let values = placeholders.values
        let ext = PathSanitizer.component(ext.lowercased())
        let headPattern: PathPattern
        let tailPattern: PathPattern
        switch pattern {
        case .whole(let whole):
            return whole.filled(values, ext: ext).map(PathSanitizer.component).joined(separator: "/")
        case .aroundRomPath(let head, let tail):
            (headPattern, tailPattern) = (head, tail)
        }
        // The ROM's subfolders, each sanitised, stand between the pattern's folders and the file name.
        let file = placeholders.file
        let head = headPattern.filled(values, ext: ext).map(PathSanitizer.component).joined(separator: "/")
        let tailParts = tailPattern.filled(values, ext: ext)
        let name = PathSanitizer.component(PathSanitizer.component(file.stem) + tailParts[0])
        let after = tailParts.dropFirst().filter { !$0.isEmpty }.map(PathSanitizer.component)
        let parts = (head.isEmpty ? [] : [head]) + file.folders.map(PathSanitizer.component) + [name] + after
        return parts.joined(separator: "/")
    }

    /// `title` with the manifest's replaced characters turned into `_`.
    public func safeTitle(_ title: String) -> String {
        if replacedCharacters.isEmpty || !title.contains(where: replacedCharacters.contains) { return title }
        return String(title.map { replacedCharacters.contains($0) ? "_" : $0 })
    }

    /// `pattern` with each placeholder replaced by its (sanitised) value, every component made safe.
    private func expand(_ pattern: String, values: [String: String]) -> String {
        Self.substitute(Substring(pattern), values: values).split(separator: "/")
            .map { PathSanitizer.component(String($0)) }.joined(separator: "/")
    }

    /// `pattern` with each `{key}` of `values` (already sanitised) replaced in one pass (unknown placeholders
    /// stay), so a value that itself contains `{key}` text is never expanded again.
    static func substitute(_ pattern: Substring, values: [String: String]) -> String {
        var result = ""
        var rest = pattern
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let key = String(rest[rest.index(after: open)..<close])
            if let value = values[key] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
