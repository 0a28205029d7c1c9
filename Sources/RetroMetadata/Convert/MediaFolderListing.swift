import Foundation

/// Media folders listed once each: a conversion asks the same few folders about every game, so one listing per
/// folder replaces a file test per game, kind and extension.
final class MediaFolderListing {
    private var names: [String: [String]] = [:]
    private var nameSets: [String: Set<String>] = [:]
    private var subfolders: [String: [String]] = [:]
    private var namesByStem: [String: [String: Set<String>]] = [:]

    /// Whether a file or folder exists at `path` (as its folder's listing shows it).
    func exists(_ path: String) -> Bool {
        // Layout paths are built clean (no `.`, `..` or doubled `/`), so a split at the last `/` names the folder.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.startIndex, !path.hasSuffix("/")
        else {
            return FileManager.default.fileExists(atPath: path)
        }
        let folder = String(path[..<slash])
        if nameSets[folder] == nil { nameSets[folder] = Set(listing(folder)) }
        return nameSets[folder]!.contains(String(path[path.utf8.index(after: slash)...]))
    }

    /// The first existing `<stemPath>.<extension>`, trying `extensions` in order: one lookup of the stem in its
    /// folder's names grouped by stem, instead of a lookup per extension.
    func firstExisting(stemPath: String, extensions: [String]) -> String? {
        guard let slash = stemPath.utf8.lastIndex(of: UInt8(ascii: "/")), slash != stemPath.startIndex else {
            return extensions.map { stemPath + "." + $0 }.first(where: exists)
        }
        let folder = String(stemPath[..<slash])
        let stem = String(stemPath[stemPath.utf8.index(after: slash)...])
        if namesByStem[folder] == nil {
            namesByStem[folder] = Dictionary(grouping: listing(folder)) { name in
                name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
            }.mapValues(Set.init)
        }
        guard let names = namesByStem[folder]?[stem] else { return nil }
        return extensions.first { names.contains(stem + "." + $0) }.map { folder + "/" + stem + "." + $0 }
    }

    /// The first existing LaunchBox-style numbered file (`Title-01.png`, `Title-02.jpg`) for a layout path
    /// `<folder>/<stem>-01.<ext>`: the folder itself first, then its subfolders in name order, where LaunchBox
    /// keeps images per region (`Box - Front/North America/`); the lowest number wins within a folder.
    func numbered(_ layoutPath: String) -> String? {
        // Most layouts have no numbered names: a text test spares them the URL work below.
        let slash = layoutPath.utf8.lastIndex(of: UInt8(ascii: "/")) ?? layoutPath.startIndex
        if let dot = layoutPath.utf8.lastIndex(of: UInt8(ascii: ".")), dot > slash, !layoutPath[..<dot].hasSuffix("-01")
        {
            return nil
        }
        let url = URL(fileURLWithPath: layoutPath)
        let name = url.deletingPathExtension().lastPathComponent
        guard name.hasSuffix("-01") else { return nil }
        let prefix = String(name.dropLast(2))
        let folder = url.deletingLastPathComponent().path
        for candidate in [folder] + folders(in: folder) {
            if let hit = listing(candidate).filter({ Self.matches($0, prefix: prefix) }).min() {
                return candidate + "/" + hit
            }
        }
        return nil
    }

    /// `<prefix>NN.<media extension>` with two or more digits.
    private static func matches(_ file: String, prefix: String) -> Bool {
        guard file.hasPrefix(prefix), let dot = file.lastIndex(of: ".") else { return false }
        let number = file[file.index(file.startIndex, offsetBy: prefix.count)..<dot]
        let ext = file[file.index(after: dot)...].lowercased()
        return number.count >= 2 && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
            && ConvertMediaSources.extensions.contains(ext)
    }

    private func listing(_ folder: String) -> [String] {
        if let cached = names[folder] { return cached }
        let found = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        names[folder] = found
        return found
    }

    private func folders(in folder: String) -> [String] {
        if let cached = subfolders[folder] { return cached }
        let found = listing(folder).map { folder + "/" + $0 }.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
        subfolders[folder] = found
        return found
    }
}
