import Foundation
import RetroMetadataCore

/// Finds ROM files under folders: recursing, skipping media folders, hidden and non-ROM files,
/// never looping through symbolic links, and reporting unreadable entries without stopping.
public struct RomFinder: Sendable {
    /// What a search found.
    public struct Result: Sendable {
        /// Files found, in path order per folder.
        public var files: [RomFile] = []
        /// Entries that could not be read; the search went on.
        public var issues: [ScanError] = []
    }

    /// Extensions to accept; `nil` accepts every file that is not known to be a non-ROM file.
    public let extensions: Set<String>?

    /// A finder for one platform's extensions (the fallback set when the slug is unknown).
    public init(platform: String) {
        extensions = RomExtensions.accepted(for: platform)
    }

    /// A finder for the given extensions, or for every ROM-like file when `nil`.
    public init(extensions: Set<String>? = nil) {
        self.extensions = extensions
    }

    /// Finds the files under each path; a path naming a file is taken as is.
    public func find(in paths: [String]) -> Result {
        var search = Search(finder: self)
        for path in paths {
            let absolute = RomFinder.absolute(path)
            do {
                let status = try FileStatus(path: absolute)
                if status.isDirectory {
                    search.walk(absolute, status: status, playlistFolder: nil)
                } else if status.isRegularFile {
                    search.result.files.append(RomFile(path: absolute, stamp: status.stamp))
                } else {
                    // Opening a FIFO or device would block or never end.
                    search.result.issues.append(.unreadable(absolute, reason: "not a regular file"))
                }
            } catch {
                search.result.issues.append(error)
            }
        }
        return search.result
    }

    /// Whether a file with this name is a ROM candidate.
    func accepts(fileName: String) -> Bool {
        guard !fileName.hasPrefix(".") else { return false }
        let lowered = fileName.lowercased()
        if RomFinder.ignoredFileNames.contains(lowered) { return false }
        let fileExtension = fileName.fileExtension
        if let extensions { return extensions.contains(fileExtension) }
        return !RomFinder.nonRomExtensions.contains(fileExtension)
    }

    /// Folders that hold frontend media or documents, never ROMs.
    static let mediaFolders: Set<String> = [
        "images", "videos", "video", "media", "downloaded_media", "manuals", "manual", "snap", "snaps",
        "screenshots", "titles", "covers", "boxart", "box2d", "box3d", "marquees", "wheel", "fanart",
        "thumbnails", "artwork", "miximages", "titlescreens", "physicalmedia", "backcovers", "3dboxes",
    ]

    /// Files that belong to frontends and emulators.
    static let ignoredFileNames: Set<String> = [
        "gamelist.xml", "metadata.pegasus.txt", "metadata.txt", "desktop.ini", "thumbs.db", "readme.txt",
    ]

    /// Extensions of documents, media, saves and configuration.
    static let nonRomExtensions: Set<String> = [
        "xml", "txt", "nfo", "diz", "md5", "sha1", "sfv", "pdf", "html", "htm", "json", "yaml", "yml",
        "jpg", "jpeg", "png", "gif", "bmp", "webp", "svg", "tga", "ico",
        "mp4", "mkv", "avi", "webm", "mov", "mp3", "ogg", "flac", "wav",
        "srm", "sav", "state", "auto", "cfg", "ini", "opt", "rmp", "lpl", "log", "db", "sqlite", "bak", "tmp",
    ]

    private static func absolute(_ path: String) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: path, relativeTo: nil)
        return url.standardizedFileURL.path
    }
}
