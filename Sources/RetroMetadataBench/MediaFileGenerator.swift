import Foundation
import RetroMetadataTesting

/// Writes the media files a generated gamelist names: small PNG images, a different picture per file, and a
/// stub video (an MP4 header), so that every media path in the gamelist exists.
enum MediaFileGenerator {
    /// Writes every image of entries `0..<entries` into `<folder>/images` and their videos into `<folder>/videos`;
    /// returns how many files it wrote.
    static func write(entries: Int, into folder: String) throws -> Int {
        let images = folder + "/images"
        try FileManager.default.createDirectory(atPath: images, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/videos", withIntermediateDirectories: true)
        var written = 0
        for index in 0..<entries {
            let video = "\(folder)/videos/\(GamelistGenerator.stem(index))-video.mp4"
            let header: [UInt8] = [0, 0, 0, 0x18] + Array("ftypisom".utf8) + [0, 0, 2, 0] + Array("isommp41".utf8)
            try create(video, bytes: header + withUnsafeBytes(of: UInt64(index).littleEndian, Array.init))
            written += 1
            for (kind, suffix) in GamelistGenerator.imageSuffixes.enumerated() {
                let shade = UInt8(truncatingIfNeeded: index &* 7 &+ kind &* 85)
                let bytes = StoredPNGEncoder.encode(width: 16, height: 12) { x, y in
                    (shade, UInt8(truncatingIfNeeded: x * 16), UInt8(truncatingIfNeeded: y * 20 + index >> 8))
                }
                try create("\(images)/\(GamelistGenerator.stem(index))-\(suffix).png", bytes: bytes)
                written += 1
            }
        }
        return written
    }

    private static func create(_ path: String, bytes: [UInt8]) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw BenchError("cannot write \(path)")
        }
    }
}
