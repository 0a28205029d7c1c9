import Foundation
import Testing

/// The bundled samples stay consistent: the sample DAT names every sample SNES ROM by its hashes.
@Suite struct SamplesTests {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func sampleDATIdentifiesEverySampleROM() throws {
        let folder = root.appendingPathComponent("samples/roms/snes")
        let roms = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sfc") }
            .sorted().map { folder.appendingPathComponent($0).path }
        #expect(roms.count == 3)
        let result = try CommandRunner.run(
            ["dat", "identify", "--json", "--dat", root.appendingPathComponent("samples/dat").path] + roms)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try result.jsonLines()
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0["matched_by"] as? String == "sha1" })
        #expect(lines.compactMap { $0["name"] as? String }.sorted() == [
            "Lantern Keep (Europe) (Rev 1)", "Pixel Derby (Japan)", "Star Courier (USA)",
        ])
    }
}
