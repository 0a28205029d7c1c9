import Foundation

/// Reads (file name, title) pairs from the real gamelist.xml and LaunchBox files under
/// `../shared/reference/files` when that folder exists beside the package.
enum ReferenceCollections {
    /// The reference folder, if present.
    static var folder: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/reference/files")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Arcade-style set names (`gnw_pinball.zip`, `suchie3.zip`): one lower-case word that spells no
    /// title, so no name matcher can pair them. They are left out of the evaluation and counted.
    static func isSetName(_ path: String) -> Bool {
        let base = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
        let stem = base.split(separator: ".").first.map(String.init) ?? base
        return !stem.isEmpty
            && stem.allSatisfy { ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "_" }
    }

    /// Every collection found, with the number of set-name pairs left out.
    static func load() throws -> (MatchEvaluation, skipped: Int)? {
        guard let folder else { return nil }
        var collections: [MatchEvaluation.Collection] = []
        var skipped = 0
        for (subfolder, entry, pathField, titleField) in [
            ("gamelist", "game", "path", "name"), ("launchbox", "Game", "ApplicationPath", "Title"),
        ] {
            let directory = folder.appendingPathComponent(subfolder)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            for file in files where file.hasSuffix(".xml") {
                let data = try Data(contentsOf: directory.appendingPathComponent(file))
                let text = String(decoding: data, as: UTF8.self)
                var pairs: [(file: String, title: String)] = []
                for block in blocks(text, entry) {
                    guard let path = field(block, pathField), let title = field(block, titleField) else { continue }
                    pairs.append((path, title))
                }
                let titles = Array(NSOrderedSet(array: pairs.map(\.title))) as? [String] ?? []
                let kept = pairs.filter { !isSetName($0.file) }
                skipped += pairs.count - kept.count
                if !kept.isEmpty { collections.append(.init(name: file, titles: titles, pairs: kept)) }
            }
        }
        return (MatchEvaluation(collections: collections), skipped)
    }

    /// The contents of every `<entry ...>...</entry>` element (read by hand: one file has a bare `&`).
    private static func blocks(_ text: String, _ entry: String) -> [Substring] {
        text.ranges(of: "<\(entry)>").compactMap { open in
            guard let close = text[open.upperBound...].firstRange(of: "</\(entry)>") else { return nil }
            return text[open.upperBound..<close.lowerBound]
        }
            + text.ranges(of: "<\(entry) ").compactMap { open in
                guard let close = text[open.upperBound...].firstRange(of: "</\(entry)>") else { return nil }
                return text[open.upperBound..<close.lowerBound]
            }
    }

    private static func field(_ block: Substring, _ name: String) -> String? {
        guard let open = block.firstRange(of: "<\(name)>"),
            let close = block[open.upperBound...].firstRange(of: "</\(name)>")
        else { return nil }
        return unescaped(String(block[open.upperBound..<close.lowerBound]))
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
