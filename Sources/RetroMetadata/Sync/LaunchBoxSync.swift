import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataScan
import RetroMetadataXML

/// Brings one LaunchBox platform up to date with a ROM folder: new ROMs become games with stable GUIDs, empty
/// fields are filled, media are placed under `Images/`, games whose ROM is gone are marked (or, with `prune`,
/// removed with their linked records), and the platform is registered in `Data/Platforms.xml`.
///
/// What the user set (titles, notes, favorites, play data, custom fields, unknown elements and records) is never
/// overwritten: only empty fields are filled.
public struct LaunchBoxSync: Sendable {
    /// Name of the `<CustomField>` that tells a game was marked `Broken` because its ROM was missing.
    public static let missingMarker = "retro-metadata: ROM missing since"

    /// The LaunchBox folder (absolute).
    public var root: String
    /// The ROM folder (absolute).
    public var roms: String
    /// The universal platform slug (which extensions are ROMs, what providers look up); `nil` for a platform the
    /// catalog does not know (every file that is not a known non-ROM is taken, providers look up without one).
    public var platform: String?
    /// The LaunchBox platform name (the platform file's name, `<Platform>` of each game).
    public var platformName: String
    /// Only these providers, or `nil` for every enabled one.
    public var providers: [ProviderKey]?
    /// Only these media kinds, or `nil` for all.
    public var kinds: Set<MediaKind>?
    /// Remove the games whose ROM is missing instead of marking them.
    public var prune: Bool
    /// Report only; write nothing.
    public var dryRun: Bool
    /// How media reach the LaunchBox folder (hard link by default, a copy across file systems).
    public var placement: PlacementMode
    /// When the sync runs (written in `DateAdded`, `DateModified` and the missing marker).
    public var now: Date
    /// The zone dates are written in (LaunchBox writes local time with its offset).
    public var timeZone: TimeZone
    /// Games identified at once (`ScrapeJob.jobs`).
    public var jobs = ScrapeJob.defaultJobs

    /// A sync of `roms` into platform `platformName` of the LaunchBox folder `root`.
    public init(
        root: String, roms: String, platform: String?, platformName: String, providers: [ProviderKey]? = nil,
        kinds: Set<MediaKind>? = nil, prune: Bool = false, dryRun: Bool = false, placement: PlacementMode = .link,
        now: Date = Date(), timeZone: TimeZone = .current
    ) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.path
        self.roms = URL(fileURLWithPath: roms).standardizedFileURL.path
        self.platform = platform
        self.platformName = platformName
        self.providers = providers
        self.kinds = kinds
        self.prune = prune
        self.dryRun = dryRun
        self.placement = placement
        self.now = now
        self.timeZone = timeZone
    }

    /// The LaunchBox name of `platform` for the library at `root`: the name of an existing platform file that
    /// equals `given` ignoring case (a platform the user named), else the catalog's LaunchBox name.
    public static func platformName(for platform: String?, given: String, root: String) -> String {
        let folder = root + "/Data/Platforms"
        let stems = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.lowercased().hasSuffix(".xml") }.map { String($0.dropLast(4)) }
        return stems.first { $0.lowercased() == given.lowercased() }
            ?? ConvertPlatformNames.launchBox(for: platform ?? given)
    }

    /// `Data/Platforms/<Platform>.xml`.
    public var platformFilePath: String { root + "/Data/Platforms/" + PathSanitizer.component(platformName) + ".xml" }

    /// `Data/Platforms.xml`.
    public var platformsFilePath: String { root + "/Data/Platforms.xml" }

    /// Checks the folders, reads the LaunchBox files and finds the ROMs; throws before anything is asked or written.
    public func prepare() throws(LaunchBoxSyncError) -> LaunchBoxSyncInput {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw .notLaunchBoxFolder(root)
        }
        guard FileManager.default.fileExists(atPath: roms) else { throw .noRomFolder(roms) }
        let platformBytes = Self.bytes(at: platformFilePath)
        let platformsBytes = Self.bytes(at: platformsFilePath)
        let platformFile: LaunchBoxPlatformFile
        let platformsFile: LaunchBoxPlatformsFile
        do {
            platformFile =
                try platformBytes.map { _ in try LaunchBoxPlatformFile.read(path: platformFilePath) }
                ?? LaunchBoxPlatformFile(platform: platformName)
        } catch { throw .unreadable(platformFilePath, reason: "\(error)") }
        do {
            platformsFile =
                try platformsBytes.map { _ in try LaunchBoxPlatformsFile.read(path: platformsFilePath) }
                ?? LaunchBoxPlatformsFile()
        } catch { throw .unreadable(platformsFilePath, reason: "\(error)") }
        let found = (platform.map { RomFinder(platform: $0) } ?? RomFinder()).find(in: [roms])
        var issues = found.issues
        let games = Self.grouped(found.files, issues: &issues)
        return LaunchBoxSyncInput(
            platformFile: platformFile, platformFileBytes: platformBytes, platformsFile: platformsFile,
            platformsFileBytes: platformsBytes, roms: found.files.sorted { $0.path < $1.path }, games: games,
            issues: issues)
    }

    /// `now` as LaunchBox writes dates: local time with the offset.
    var timestamp: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        return LibraryTimestamp(
            year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0,
            minute: parts.minute ?? 0, second: parts.second ?? 0,
            utcOffsetMinutes: timeZone.secondsFromGMT(for: now) / 60
        ).iso8601Text
    }

    private static func bytes(at path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }
}
