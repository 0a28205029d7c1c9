import Foundation
import RetroMetadataCore
import RetroMetadataScan

/// CRC-32 + MD5 + SHA-1 of every file, on one core and on all, beside `rhash` computing the same three.
struct HashSuite: BenchmarkSuite {
    let name = "hash"
    let summary = "CRC32+MD5+SHA1 over 2 GB of mixed file sizes, one core and all cores, beside rhash"

    func run(quick: Bool, runs: Int) throws -> [BenchmarkMeasurement] {
        let target = quick ? 24 << 20 : 2 << 30
        return try ScratchFolder.with(name) { folder in
            let written = try RomDataGenerator.write(totalBytes: target, into: folder)
            let files = try written.paths.map(romFile)
            let label = "\(written.bytes >> 20) MB in \(files.count) files"
            let cores = ProcessInfo.processInfo.activeProcessorCount
            let single = try measure(files, concurrency: 1, runs: runs, name: "1 core, \(label)", bytes: written.bytes)
            let all = try measure(
                files, concurrency: cores, runs: runs, name: "\(cores) cores, \(label)", bytes: written.bytes)
            let referenceName = "rhash --crc32 --md5 --sha1, \(label)"
            guard let rhash = ExternalTool("rhash") else {
                return [single, all, .notInstalled(suite: name, name: referenceName, tool: "rhash")]
            }
            let timed = try rhash.time(["--crc32", "--md5", "--sha1"] + written.paths, runs: runs)
            let reference = BenchmarkMeasurement(
                suite: name, name: referenceName, items: written.bytes, unit: "bytes", seconds: timed.seconds,
                cpuSeconds: timed.cpu, peakMemory: timed.peak)
            return [single.comparing(to: reference), all.comparing(to: reference), reference]
        }
    }

    private func measure(_ files: [RomFile], concurrency: Int, runs: Int, name label: String, bytes: Int) throws
        -> BenchmarkMeasurement
    {
        let scanner = RomScanner(concurrency: concurrency)
        let options = HashOptions(expandArchives: false, crcOnly: false, useCache: false)
        let timed = BenchmarkMeasurement.timeWithPeak(runs: runs) {
            AsyncBridge.wait { await scanner.hash(files, options: options) { _, _ in } }
        }
        guard timed.result.failed == 0, timed.result.hashed == files.count else {
            throw BenchError("hashed \(timed.result.hashed) of \(files.count) files, \(timed.result.failed) failed")
        }
        return BenchmarkMeasurement(
            suite: name, name: label, items: bytes, unit: "bytes", seconds: timed.seconds, cpuSeconds: timed.cpu,
            peakMemory: timed.peak)
    }

    private func romFile(_ path: String) throws -> RomFile {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return RomFile(path: path, stamp: FileStamp(size: size, modified: Int64(modified * 1e9)))
    }
}
