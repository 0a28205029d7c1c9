import Foundation
import RetroMetadataCore
import RetroMetadataXML

/// gamelist.xml read + write against `xmllint --format` on the same file, the libxml2 floor.
struct XMLSuite: BenchmarkSuite {
    let name = "xml"
    let summary = "read + write of a 50,000-entry gamelist.xml beside xmllint --format"

    func run(quick: Bool, runs: Int) throws -> [BenchmarkMeasurement] {
        let entries = quick ? 500 : 50_000
        return try ScratchFolder.with(name) { folder in
            let input = folder.file("gamelist.xml")
            let output = folder.file("written.xml")
            let size = try GamelistGenerator.write(entries: entries, to: input)
            let ours = try BenchmarkMeasurement.timeWithPeak(runs: runs) {
                let gamelist = try GamelistFile.read(path: input)
                try gamelist.write(to: output, keepsBackup: false)
                return gamelist.library.entries.count
            }
            guard ours.result == entries else { throw BenchError("read \(ours.result) of \(entries) entries") }
            let identical = FileManager.default.contentsEqual(atPath: input, andPath: output)
            var measured = BenchmarkMeasurement(
                suite: name, name: "read + write \(entries) entries", items: size, unit: "bytes",
                seconds: ours.seconds, cpuSeconds: ours.cpu, peakMemory: ours.peak,
                notes: ["output": identical ? "identical" : "differs"])
            measured.notes["entries_per_s"] = String(Int(Double(entries) / max(measured.median, 1e-9)))
            let floorName = "xmllint --format \(entries) entries"
            guard let xmllint = ExternalTool("xmllint") else {
                return [measured, .notInstalled(suite: name, name: floorName, tool: "xmllint")]
            }
            let floor = try xmllint.time(["--format", input, "--output", folder.file("xmllint.xml")], runs: runs)
            let reference = BenchmarkMeasurement(
                suite: name, name: floorName, items: size, unit: "bytes", seconds: floor.seconds, cpuSeconds: floor.cpu,
                peakMemory: floor.peak)
            return [measured.comparing(to: reference), reference, try crlf(entries: entries, runs: runs, folder: folder)]
        }
    }

    /// The same file with CRLF line ends: no entry is in serialized form, so every one goes through a tree.
    private func crlf(entries: Int, runs: Int, folder: ScratchFolder) throws -> BenchmarkMeasurement {
        let input = folder.file("gamelist-crlf.xml")
        let output = folder.file("written-crlf.xml")
        let size = try GamelistGenerator.write(entries: entries, to: input, lineEnd: "\r\n")
        let ours = try BenchmarkMeasurement.timeWithPeak(runs: runs) {
            let gamelist = try GamelistFile.read(path: input)
            try gamelist.write(to: output, keepsBackup: false)
            return gamelist.library.entries.count
        }
        guard ours.result == entries else { throw BenchError("read \(ours.result) of \(entries) CRLF entries") }
        let original = try Data(contentsOf: URL(fileURLWithPath: input))
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        // libxml2 reads CRLF as LF, so the output is the input with LF line ends.
        let asLF = Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").utf8)
        return BenchmarkMeasurement(
            suite: name, name: "read + write \(entries) entries, CRLF", items: size, unit: "bytes",
            seconds: ours.seconds, cpuSeconds: ours.cpu, peakMemory: ours.peak,
            notes: ["output": written == asLF ? "input with LF line ends" : "differs"])
    }
}
