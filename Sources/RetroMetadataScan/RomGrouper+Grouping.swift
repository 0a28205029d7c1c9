import Foundation
import RetroMetadataCore

extension RomGrouper {
    /// A disc's files: its launchable file (sheet or image) first, then the files the sheet names.
    typealias Unit = [RomFile]

    /// The state of one grouping run.
    struct Grouping {
        let files: [RomFile]
        let readText: @Sendable (String) throws(ScanError) -> String
        var byPath: [String: RomFile] = [:]
        var claimed: Set<String> = []
        var result = Result()

        init(files: [RomFile], readText: @escaping @Sendable (String) throws(ScanError) -> String) {
            self.files = files
            self.readText = readText
            for file in files { byPath[file.path] = file }
        }

        /// Every folder named `*.m3u` becomes one game of the files inside it.
        mutating func claimPlaylistFolders() {
            let folders = Dictionary(grouping: files.filter { $0.playlistFolder != nil }, by: { $0.playlistFolder! })
            for (folder, inside) in folders {
                let folderName = (folder as NSString).lastPathComponent
                let primary =
                    inside.first { $0.fileName == folderName }
                    ?? inside.first { $0.fileExtension == "m3u" }
                    ?? inside.first { $0.fileExtension == "cue" || $0.fileExtension == "gdi" } ?? inside[0]
                var discs = [primary]
                if primary.fileExtension == "m3u" { discs = resolvedUnits(of: primary).map { $0[0] } }
                let rest = inside.filter { $0 != primary }
                claimed.formUnion(inside.map(\.path))
                let title = String(folderName.dropLast(4))
                result.games.append(RomGame(title: title, primary: primary, discs: discs, files: [primary] + rest))
            }
        }

        /// Every `.m3u` file becomes one game of the discs it lists (and their tracks).
        mutating func claimPlaylists() {
            for playlist in files where playlist.fileExtension == "m3u" && !claimed.contains(playlist.path) {
                let units = resolvedUnits(of: playlist)
                let members = units.flatMap { $0 }.filter { $0 != playlist }
                claimed.insert(playlist.path)
                claimed.formUnion(members.map(\.path))
                result.games.append(
                    RomGame(
                        title: RomGrouper.title(of: playlist.fileName, removingDisc: false), primary: playlist,
                        discs: units.map { $0[0] }, files: [playlist] + members))
            }
        }

        /// A unit per unclaimed `.cue` or `.gdi`, claiming the files it names.
        mutating func sheetUnits() -> [Unit] {
            var units: [Unit] = []
            for sheet in files where ["cue", "gdi"].contains(sheet.fileExtension) && !claimed.contains(sheet.path) {
                let unit = [sheet] + references(of: sheet)
                claimed.formUnion(unit.map(\.path))
                units.append(unit)
            }
            return units
        }

        /// A unit per file nobody claimed.
        mutating func remainingUnits() -> [Unit] {
            files.filter { !claimed.contains($0.path) }.map { [$0] }
        }

        /// Units whose names differ only by their disc tag become one game; others stand alone.
        mutating func addDiscGroups(_ units: [Unit]) {
            var groups: [String: [(DiscTag, Unit)]] = [:]
            for unit in units {
                let file = unit[0]
                guard let tag = DiscTag(fileName: file.fileName) else {
                    result.games.append(
                        RomGame(
                            title: RomGrouper.title(of: file.fileName, removingDisc: false), primary: file,
                            discs: [file],
                            files: unit))
                    continue
                }
                let folder = (file.path as NSString).deletingLastPathComponent
                let key =
                    folder + "/" + RomGrouper.title(of: file.fileName, removingDisc: true).lowercased()
                    + "." + file.fileExtension
                groups[key, default: []].append((tag, unit))
            }
            for discs in groups.values {
                let ordered = discs.sorted { ($0.0.number, $0.1[0].path) < ($1.0.number, $1.1[0].path) }.map(\.1)
                let primary = ordered[0][0]
                result.games.append(
                    RomGame(
                        title: RomGrouper.title(of: primary.fileName, removingDisc: true), primary: primary,
                        discs: ordered.map { $0[0] }, files: ordered.flatMap { $0 }))
            }
        }

        /// The units a playlist lists: each entry with the tracks its sheet names.
        mutating func resolvedUnits(of playlist: RomFile) -> [Unit] {
            references(of: playlist).map { entry in
                ["cue", "gdi"].contains(entry.fileExtension) ? [entry] + references(of: entry) : [entry]
            }
        }

        /// The found files a sheet or playlist names; missing ones are reported.
        mutating func references(of sheet: RomFile) -> [RomFile] {
            let folder = (sheet.path as NSString).deletingLastPathComponent
            do {
                let text = try readText(sheet.path)
                let names = try DiscSheet.references(in: text, fileExtension: sheet.fileExtension, path: sheet.path)
                var found: [RomFile] = []
                for name in names {
                    let path = name.hasPrefix("/") ? name : (folder + "/" + name)
                    let standard = (path as NSString).standardizingPath
                    if let file = byPath[standard] ?? byPath[path] {
                        found.append(file)
                    } else if let status = try? FileStatus(path: standard), status.isRegularFile {
                        // A track the platform's extensions left out (a .raw, a .wav) still belongs to the set.
                        found.append(RomFile(path: standard, stamp: status.stamp, playlistFolder: sheet.playlistFolder))
                    } else {
                        result.issues.append(.notFound(standard + " (listed in \(sheet.fileName))"))
                    }
                }
                return found
            } catch {
                result.issues.append(error)
                return []
            }
        }
    }

    /// A file name without its extension (and without its first disc tag when asked), spaces tidied.
    static func title(of fileName: String, removingDisc: Bool) -> String {
        var name = fileName
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return removingDisc ? removingDiscTag(from: name) : name
    }

    /// A game name without its first disc tag (`Game (USA) (Disc 1)` is `Game (USA)`), spaces tidied.
    public static func removingDiscTag(from name: String) -> String {
        var output = ""
        var group = ""
        var opener: Character?
        var removed = false
        for character in name {
            if opener == nil, character == "(" || character == "[" {
                opener = character
                group = String(character)
            } else if opener != nil {
                group.append(character)
                guard character == ")" || character == "]" else { continue }
                if !removed, DiscTag(tag: String(group.dropFirst().dropLast())) != nil {
                    removed = true
                } else {
                    output += group
                }
                opener = nil
            } else {
                output.append(character)
            }
        }
        output += group.isEmpty || opener == nil ? "" : group
        return output.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
