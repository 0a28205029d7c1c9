import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a media file reaches its place in an output folder.
public enum PlacementMode: String, Sendable, CaseIterable {
    /// A hard link (a copy across file systems).
    case link
    /// An independent copy.
    case copy
    /// A symbolic link to the source's absolute path.
    case symlink
}

extension ArtworkStore {
    /// The absolute destination of `relativePath` under `root`, refused when it would leave the root (same rules
    /// as `place`: no absolute paths, no `..`, no symbolic link out of the root).
    public static func checkedDestination(_ relativePath: String, under root: String) throws(ArtworkError) -> String {
        let destination = try resolve(relativePath, under: root)
        try checkInside(existingAncestor(of: destination, root: root), root: root)
        return destination
    }

    /// Places the file at `source` at `relativePath` under `root` by `mode`, atomically; returns the path written.
    @discardableResult
    public static func placeFile(_ source: String, at relativePath: String, under root: String, mode: PlacementMode)
        throws(ArtworkError) -> String
    {
        let destination = try resolve(relativePath, under: root)
        try AtomicWrite.makeFolder(of: destination)
        try checkInside(destination, root: root)
        let temporary = AtomicWrite.temporaryPath(beside: destination)
        let absoluteSource = URL(fileURLWithPath: source).standardizedFileURL.path
        let linked: Bool =
            switch mode {
            case .link: link(absoluteSource, temporary) == 0
            case .symlink: symlink(absoluteSource, temporary) == 0
            case .copy: false
            }
        if !linked {
            if mode == .symlink { throw AtomicWrite.failure(destination) }
            guard let bytes = FileManager.default.contents(atPath: absoluteSource) else {
                throw .io("cannot read media file", file: source)
            }
            try AtomicWrite.write(bytes, to: destination)
            return destination
        }
        defer { unlink(temporary) }
        try AtomicWrite.move(temporary, to: destination)
        return destination
    }

    /// `path` with a last component standing for the deepest existing folder, so `checkInside` sees real links.
    private static func existingAncestor(of path: String, root: String) -> String {
        let root = root.hasSuffix("/") ? String(root.dropLast()) : root
        var folder = (path as NSString).deletingLastPathComponent
        while !FileManager.default.fileExists(atPath: folder), folder != root, folder.count > root.count {
            folder = (folder as NSString).deletingLastPathComponent
        }
        return folder + "/x"
    }
}
