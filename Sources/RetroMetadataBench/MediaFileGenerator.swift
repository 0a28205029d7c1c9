import Foundation
import RetroMetadataTesting

/// Writes the small PNG images a generated gamelist names, a different picture per file.
enum MediaFileGenerator {
    /// Writes every image of entries `0..<entries` into `<folder>/images`; returns how many files it wrote.
    static func write(entries: Int, into folder: String) throws -> Int {
        let images = folder + "/images"
        try FileManager.default.createDirectory(atPath: images, withIntermediateDirectories: true)
        var written = 0
        for index in 0..<entries {
            for (kind, suffix) in GamelistGenerator.imageSuffixes.enumerated() {
                let shade = UInt8(truncatingIfNeeded: index &* 7 &+ kind &* 85)
                let bytes = StoredPNGEncoder.encode(width: 16, height: 12) { x, y in
                    (shade, UInt8(truncatingIfNeeded: x * 16), UInt8(truncatingIfNeeded: y * 20 + index >> 8))
                }
                let path = "\(images)/\(GamelistGenerator.stem(index))-\(suffix).png"
                guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                    throw BenchError("cannot write \(path)")
                }
                written += 1
            }
        }
        return written
    }
}
