import Foundation
import RetroMetadataCore

extension RomFinder {
    /// The state of one search: results so far and the folders already entered.
    struct Search {
        let finder: RomFinder
        var result = Result()
        private var entered: Set<FileIdentity> = []

        init(finder: RomFinder) {
            self.finder = finder
        }

        /// Adds the files under `folder`, entering each real folder once (so symbolic link loops end).
        mutating func walk(_ folder: String, status: FileStatus, playlistFolder: String?) {
            guard entered.insert(status.identity).inserted else { return }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            } catch {
                result.issues.append(.unreadable(folder, reason: Search.reason(error)))
                return
            }
            for name in names where !name.hasPrefix(".") {
                let path = folder == "/" ? "/" + name : folder + "/" + name
                let entry: FileStatus
                do {
                    entry = try FileStatus(path: path)
                } catch {
                    // A broken link or an entry we may not stat: report it only when it looks like a ROM.
                    if finder.accepts(fileName: name) { result.issues.append(error) }
                    continue
                }
                if entry.isDirectory {
                    guard !RomFinder.mediaFolders.contains(name.lowercased()) else { continue }
                    let isPlaylist = name.lowercased().hasSuffix(".m3u")
                    walk(path, status: entry, playlistFolder: isPlaylist ? path : playlistFolder)
                } else if entry.isRegularFile, finder.accepts(fileName: name) {
                    result.files.append(RomFile(path: path, stamp: entry.stamp, playlistFolder: playlistFolder))
                }
            }
        }

        private static func reason(_ error: any Error) -> String {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            if let underlying, underlying.domain == NSPOSIXErrorDomain {
                return String(cString: strerror(Int32(underlying.code)))
            }
            return (error as NSError).localizedDescription
        }
    }
}
