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
        try OutputRoot(root).checkedDestination(relativePath)
    }

    /// Places the file at `source` at `relativePath` under `root` by `mode`, atomically; returns the path written.
    @discardableResult
    public static func placeFile(_ source: String, at relativePath: String, under root: String, mode: PlacementMode)
        throws(ArtworkError) -> String
    {
        try OutputRoot(root).placeFile(source, at: relativePath, mode: mode)
    }
}
