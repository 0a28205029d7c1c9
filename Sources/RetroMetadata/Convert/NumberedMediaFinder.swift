import Foundation

/// Finds LaunchBox-style numbered media (`Title-01.png`, `Title-02.jpg`) beside a layout path or one folder
/// below it, where LaunchBox keeps images per region (`Box - Front/North America/Title-01.jpg`).
final class NumberedMediaFinder {
    /// File names per folder, listed once: a conversion asks the same few folders for every game.
    private var listings: [String: [String]] = [:]
    private var subfolders: [String: [String]] = [:]

    /// The first existing `<stem>-NN.<ext>` for a layout path `<folder>/<stem>-01.<ext>`: the folder itself
    /// first, then its subfolders in name order; the lowest number wins within a folder.
    func find(_ layoutPath: String) -> String? {
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
        if let cached = listings[folder] { return cached }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        listings[folder] = names
        return names
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
