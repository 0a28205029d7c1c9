import Foundation
import RetroMetadataTesting
import Testing

@testable import RetroMetadataScan

@Suite struct ArchiveExtractorTests {
    @Test(.enabled(if: toolInstalled("zip")), arguments: ["zip", "7z"])
    func extractsOneMemberByFileName(format: String) throws {
        guard format == "zip" || toolInstalled("7z") else { return }
        let folder = try TemporaryFolder()
        let members = try ArchiveTests.members(in: folder)
        let archive = folder.path + "/games." + format
        let arguments = format == "zip" ? ["-q", "-r", archive, "."] : ["a", "-bd", archive, "."]
        try runTool(format, arguments, in: folder.path + "/src")
        let destination = folder.path + "/out.bin"
        // Matched by file name in any folder, case-insensitively.
        #expect(try ArchiveExtractor.extract(member: "NOTES.BIN", from: archive, to: destination))
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: destination))) == members["extra/notes.bin"])
        #expect(try !ArchiveExtractor.extract(member: "missing.xml", from: archive, to: folder.path + "/none"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/none"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aCorruptArchiveIsAnError() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.zip", patternBytes(1000))
        let error = scanError { () throws(ScanError) in
            try ArchiveExtractor.extract(member: "x", from: path, to: folder.path + "/x")
        }
        #expect(error?.code == .corruptArchive)
    }
}
