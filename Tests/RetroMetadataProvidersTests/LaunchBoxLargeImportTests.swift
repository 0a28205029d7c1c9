import Foundation
import RetroMetadataCore
import RetroMetadataProviders
import Testing

@Suite("LaunchBox: a large generated Metadata.xml imports in flat memory", .serialized)
struct LaunchBoxLargeImportTests {
    @Test("a 40 MB dump imports with memory far below its size, and is skipped when unchanged")
    func largeImport() throws {
        let folder = try LocalFolder()
        let path = folder.path + "/Metadata.xml"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data("<?xml version=\"1.0\" standalone=\"yes\"?>\n<LaunchBox>\n".utf8))
        let overview = String(repeating: "A sentence of overview text. ", count: 20)
        let games = 50_000
        for id in 1...games {
            var chunk = "  <Game>\n    <Name>Generated Game \(id)</Name>\n    <DatabaseID>\(id)</DatabaseID>\n"
            chunk += "    <Overview>\(overview)</Overview>\n    <Platform>Nintendo 64</Platform>\n"
            chunk += "    <Genres>Action; Platform</Genres>\n  </Game>\n"
            chunk += "  <GameAlternateName>\n    <AlternateName>Alternate \(id)</AlternateName>\n"
            chunk += "    <DatabaseID>\(id)</DatabaseID>\n  </GameAlternateName>\n"
            chunk += "  <GameImage>\n    <DatabaseID>\(id)</DatabaseID>\n    <FileName>\(id).png</FileName>\n"
            chunk += "    <Type>Box - Front</Type>\n  </GameImage>\n"
            handle.write(Data(chunk.utf8))
        }
        handle.write(Data("</LaunchBox>\n".utf8))
        try handle.close()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 40_000_000)

        resetPeakResidentBytes()
        let before = peakResidentBytes()
        let index = try LaunchBoxIndex(path: folder.path + "/index.sqlite")
        let summary = try index.importIfChanged(metadataPath: path)
        let growth = peakResidentBytes() - before
        #expect(summary.games == games && summary.alternateNames == games && summary.images == games)
        #expect(growth < size, "peak grew by \(growth) bytes for a \(size)-byte file")
        #expect(try index.importIfChanged(metadataPath: path).skipped)
        let provider = try LaunchBoxProvider(metadataPath: path, indexPath: folder.path + "/index.sqlite")
        let hits = try provider.search("Alternate 49999", platformName: "Nintendo 64", limit: 1)
        #expect(hits.first?.id == "49999")
    }

    /// Resets the kernel's peak-RSS mark (VmHWM) so growth is measured from now.
    private func resetPeakResidentBytes() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    private func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
}
