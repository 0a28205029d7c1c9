import RetroMetadataScan
import RetroMetadataXML

/// What a sync works on, read before any provider is asked: the LaunchBox files as they are and the ROMs found.
public struct LaunchBoxSyncInput: Sendable {
    /// The platform file (`Data/Platforms/<Platform>.xml`), or a new empty one.
    public var platformFile: LaunchBoxPlatformFile
    /// The platform file's bytes on disk, `nil` when it does not exist yet.
    public var platformFileBytes: [UInt8]?
    /// `Data/Platforms.xml`, or a new empty one.
    public var platformsFile: LaunchBoxPlatformsFile
    /// `Data/Platforms.xml`'s bytes on disk, `nil` when it does not exist yet.
    public var platformsFileBytes: [UInt8]?
    /// The ROM files found, sorted by path.
    public var roms: [RomFile]
    /// The ROM files grouped into games (a sheet with its tracks, the discs of one game), ordered by folder and path.
    public var games: [RomGame]
    /// Files the scan could not read, sheets and playlists naming missing files.
    public var issues: [ScanError]
}
