import RetroMetadataCore

/// A file found by a scan: where it is and what tells whether it changed.
public struct RomFile: Hashable, Sendable {
    /// Absolute path (through symbolic links as found, not resolved).
    public var path: String
    /// Size and modification time.
    public var stamp: FileStamp
    /// The enclosing folder whose name ends in `.m3u`, when the file is one disc of such a game.
    public var playlistFolder: String?

    /// Creates a found file.
    public init(path: String, stamp: FileStamp, playlistFolder: String? = nil) {
        self.path = path
        self.stamp = stamp
        self.playlistFolder = playlistFolder
    }

    /// The file's name without its folder.
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The lower-cased extension without the dot.
    public var fileExtension: String { path.fileExtension }

    /// Whether the file is hashed member by member.
    public var isArchive: Bool { ArchiveHasher.extensions.contains(fileExtension) }
}
