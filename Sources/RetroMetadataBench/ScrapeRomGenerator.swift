import Foundation

/// Writes small ROM files with distinct contents, named after generated titles as a tidy collection is.
enum ScrapeRomGenerator {
    /// Bytes per ROM: small, as the files' contents only need distinct hashes.
    static let romSize = 2048

    /// Writes `count` files with extension `fileExtension` into `folder` (created); returns their names.
    static func write(count: Int, into folder: String, fileExtension: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var random = SeededGenerator(seed: 7)
        let titles = TitleCorpus(titleCount: count, nameCount: 0).titles
        return try titles.map { title in
            let name = title.replacingOccurrences(of: ": ", with: " - ") + " (USA)." + fileExtension
            var bytes = [UInt8](repeating: 0, count: romSize)
            for offset in stride(from: 0, to: romSize, by: 8) {
                withUnsafeBytes(of: random.next()) { bytes.replaceSubrange(offset..<offset + 8, with: $0) }
            }
            guard FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes)) else {
                throw BenchError("cannot write \(folder)/\(name)")
            }
            return name
        }
    }
}
