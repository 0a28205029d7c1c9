import Foundation
import RetroMetadataArtwork
import RetroMetadataTesting

/// Resizing large cover images to 640 px with libvips, beside ImageMagick's `convert` on the same files.
struct ArtworkSuite: BenchmarkSuite {
    let name = "artwork"
    let summary = "resize 500 2000x2000 JPEG covers to 640 px (libvips), beside ImageMagick convert"

    /// Distinct generated pictures; the inputs cycle through them (decoding cost does not depend on repeats).
    private let distinctImages = 4

    func run(quick: Bool, runs: Int) throws -> [BenchmarkMeasurement] {
        let count = quick ? 4 : 500
        let side = quick ? 1000 : 2000
        return try ScratchFolder.with(name) { folder in
            let resizer = VipsImageResizer()
            let sources = try (0..<min(distinctImages, count)).map { seed in
                try resizer.resize(Data(picture(side: side, seed: seed)), to: ResizeSpec(maxWidth: side), as: .jpeg)
            }
            let paths = try (0..<count).map { index in
                let path = folder.file("cover-\(index).jpg")
                try sources[index % sources.count].write(to: URL(fileURLWithPath: path))
                return path
            }
            let spec = ResizeSpec(maxWidth: 640, maxHeight: 640, format: .jpeg)
            let ours = try BenchmarkMeasurement.timeWithPeak(runs: runs) {
                var written = 0
                for (index, path) in paths.enumerated() {
                    let resized = try resizer.resize(Data(contentsOf: URL(fileURLWithPath: path)), to: spec, as: .jpeg)
                    try resized.write(to: URL(fileURLWithPath: folder.file("small-\(index).jpg")))
                    written += 1
                }
                return written
            }
            let label = "\(count) images \(side)x\(side) to 640 px"
            let measured = BenchmarkMeasurement(
                suite: name, name: "libvips \(label)", items: ours.result, unit: "images", seconds: ours.seconds,
                cpuSeconds: ours.cpu, peakMemory: ours.peak, notes: ["input_kb": String(sources[0].count >> 10)])
            let referenceName = "convert \(label)"
            guard let convert = ExternalTool("convert") else {
                return [measured, .notInstalled(suite: name, name: referenceName, tool: "convert")]
            }
            // One process per image, as a script calling convert in a loop does; -resize keeps the aspect ratio.
            var seconds = [Double](repeating: 0, count: max(runs, 1))
            var cpu = [Double](repeating: 0, count: max(runs, 1))
            var peak: Int?
            for (index, path) in paths.enumerated() {
                let timed = try convert.time(
                    [path, "-resize", "640x640", "-quality", "90", folder.file("convert-\(index).jpg")], runs: runs)
                for run in seconds.indices { seconds[run] += timed.seconds[run] }
                for run in cpu.indices { cpu[run] += timed.cpu.indices.contains(run) ? timed.cpu[run] : .nan }
                peak = max(peak ?? 0, timed.peak ?? 0)
            }
            let reference = BenchmarkMeasurement(
                suite: name, name: referenceName, items: count, unit: "images", seconds: seconds,
                cpuSeconds: cpu.contains(where: \.isNaN) ? [] : cpu, peakMemory: peak)
            return [measured.comparing(to: reference), reference]
        }
    }

    /// A photo-like test picture: smooth gradients with seeded grain, so JPEG sizes resemble real covers.
    private func picture(side: Int, seed: Int) -> [UInt8] {
        var random = SeededGenerator(seed: UInt64(seed + 1))
        return StoredPNGEncoder.encode(width: side, height: side) { x, y in
            let grain = UInt8(truncatingIfNeeded: random.next() & 0x1F)
            return (
                UInt8(truncatingIfNeeded: x * 255 / side) &+ grain,
                UInt8(truncatingIfNeeded: y * 255 / side) &+ grain,
                UInt8(truncatingIfNeeded: (x + y + seed * 40) & 0xFF) &+ grain
            )
        }
    }
}
