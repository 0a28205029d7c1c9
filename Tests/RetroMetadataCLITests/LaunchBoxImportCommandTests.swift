import Foundation
import Testing

@Suite("launchbox import: a large generated Metadata.xml imports in flat memory, once")
struct LaunchBoxImportCommandTests {
    /// Writes a Metadata.xml of `games` games, each with an alternate name and an image.
    func writeDump(_ path: String, games: Int) throws {
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data("<?xml version=\"1.0\" standalone=\"yes\"?>\n<LaunchBox>\n".utf8))
        let overview = String(repeating: "A sentence of overview text. ", count: 20)
        for id in 1...games {
            var chunk = "  <Game>\n    <Name>Generated Game \(id)</Name>\n    <DatabaseID>\(id)</DatabaseID>\n"
            chunk += "    <Overview>\(overview)</Overview>\n    <Platform>Nintendo 64</Platform>\n  </Game>\n"
            chunk += "  <GameAlternateName>\n    <AlternateName>Alternate \(id)</AlternateName>\n"
            chunk += "    <DatabaseID>\(id)</DatabaseID>\n  </GameAlternateName>\n"
            chunk += "  <GameImage>\n    <DatabaseID>\(id)</DatabaseID>\n    <FileName>\(id).png</FileName>\n"
            chunk += "    <Type>Box - Front</Type>\n  </GameImage>\n"
            handle.write(Data(chunk.utf8))
        }
        handle.write(Data("</LaunchBox>\n".utf8))
        try handle.close()
    }

    @Test("a 50 MB dump imports with a peak well below its size; the second run is skipped")
    func largeImport() throws {
        let folder = NSTemporaryDirectory() + "retro-metadata-launchbox-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dump = folder + "/Metadata.xml"
        try writeDump(dump, games: 50_000)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: dump)[.size] as? Int)
        #expect(size > 40_000_000)
        try writeDump(folder + "/Tiny.xml", games: 10)
        let baseline = try ChildPeakMemory.run([
            "launchbox", "import", "--index", folder + "/tiny.sqlite", folder + "/Tiny.xml",
        ])
        #expect(baseline.status == 0)
        let index = folder + "/index.sqlite"
        let first = try ChildPeakMemory.run(["launchbox", "import", "--index", index, dump])
        #expect(first.status == 0)
        // A tree of the whole file would take several times its size; streaming into SQLite stays flat.
        let growth = first.peakBytes - baseline.peakBytes
        #expect(growth < size / 2, "peak grew by \(growth) bytes over a 10-game import for a \(size)-byte dump")
        let second = try CommandRunner.run(["launchbox", "import", "--json", "--index", index, dump])
        #expect(second.status == 0)
        #expect(
            second.stdout == #"{"alternate_names":0,"games":0,"images":0,"index":"\#(index)","skipped":true}"# + "\n")
    }

    @Test("a small dump reports what it imported; a missing one is a usage error")
    func smallImport() throws {
        let folder = NSTemporaryDirectory() + "retro-metadata-launchbox-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeDump(folder + "/Metadata.xml", games: 3)
        let result = try CommandRunner.run(
            ["launchbox", "import", "--json", "--index", folder + "/i.sqlite", folder + "/Metadata.xml"])
        #expect(result.stdout.hasPrefix(#"{"alternate_names":3,"games":3,"images":3,"#))
        let missing = try CommandRunner.run(
            ["launchbox", "import", "--index", folder + "/i.sqlite"],
            environment: ["RETRO_METADATA_LAUNCHBOX_METADATA_PATH": nil])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("RETRO_METADATA_LAUNCHBOX_METADATA_PATH"))
    }
}
