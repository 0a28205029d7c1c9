import Foundation
import RetroMetadataCore
import RetroMetadataTesting
import Testing

@testable import RetroMetadataScan

@Suite struct ArchiveTests {
    /// Two members (one with an iNES header, one in a folder) written as plain files beside the archive.
    static func members(in folder: TemporaryFolder) throws -> [String: [UInt8]] {
        let nes = [0x4E, 0x45, 0x53, 0x1A] + [UInt8](repeating: 0, count: 12) + patternBytes(40_000, seed: 7)
        let members: [String: [UInt8]] = ["Game (USA).nes": nes, "extra/notes.bin": patternBytes(300_000, seed: 3)]
        for (name, bytes) in members { try folder.write("src/" + name, bytes) }
        return members
    }

    static func file(_ path: String) throws -> RomFile {
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        return RomFile(path: path, stamp: FileStamp(size: Int64(size), modified: 0))
    }

    /// Expected records: each member hashed as a plain file.
    static func expected(_ members: [String: [UInt8]], folder: TemporaryFolder) throws -> [String: HashRecord] {
        var records: [String: HashRecord] = [:]
        for name in members.keys {
            var record = try RomScanner().records(of: file(folder.path + "/src/" + name))[0]
            record.member = name
            records[name] = record
        }
        return records
    }

    @Test(.enabled(if: toolInstalled("zip")))
    func zipMembersAreHashed() throws {
        let folder = try TemporaryFolder()
        let members = try ArchiveTests.members(in: folder)
        try runTool("zip", ["-q", "-r", "../games.zip", "."], in: folder.path + "/src")
        let records = try RomScanner().records(of: ArchiveTests.file(folder.path + "/games.zip"))
        let expected = try ArchiveTests.expected(members, folder: folder)
        #expect(Dictionary(uniqueKeysWithValues: records.map { ($0.member!, $0) }) == expected)
        #expect(expected["Game (USA).nes"]?.headerless != nil)
    }

    /// Plain zip, and zip64 (`-fz`), whose directory is found through the zip64 end record.
    @Test(.enabled(if: toolInstalled("zip")), arguments: [[], ["-fz"]])
    func zipCRCComesFromCentralDirectory(extraArguments: [String]) throws {
        let folder = try TemporaryFolder()
        let members = try ArchiveTests.members(in: folder)
        try runTool("zip", ["-q", "-r"] + extraArguments + ["../games.zip", "."], in: folder.path + "/src")
        let records = try RomScanner().records(
            of: ArchiveTests.file(folder.path + "/games.zip"), options: HashOptions(crcOnly: true))
        #expect(Set(records.map(\.member)) == Set(members.keys))
        for record in records {
            let bytes = members[record.member!]!
            #expect(
                record.hashes == FileHashes(size: Int64(bytes.count), crc32: referenceCRC32(bytes), md5: "", sha1: ""))
        }
    }

    @Test(.enabled(if: toolInstalled("7z")))
    func sevenZipMembersAreHashed() throws {
        let folder = try TemporaryFolder()
        let members = try ArchiveTests.members(in: folder)
        try runTool("7z", ["a", "-bd", "../games.7z", "."], in: folder.path + "/src")
        let records = try RomScanner().records(of: ArchiveTests.file(folder.path + "/games.7z"))
        let expected = try ArchiveTests.expected(members, folder: folder)
        #expect(Dictionary(uniqueKeysWithValues: records.map { ($0.member!, $0) }) == expected)
    }

    @Test func archiveOptionOffHashesTheArchiveItself() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("plain.zip", text: "abc")
        let records = try RomScanner().records(of: ArchiveTests.file(path), options: HashOptions(expandArchives: false))
        #expect(records.map(\.hashes.crc32) == ["352441c2"])
        #expect(records[0].member == nil)
    }

    @Test(arguments: ["zip", "7z"])
    func corruptArchiveIsAClearError(fileExtension: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("broken." + fileExtension, patternBytes(5000))
        for options in [HashOptions(), HashOptions(crcOnly: true)] {
            let file = try ArchiveTests.file(path)
            let error = scanError { () throws(ScanError) in try RomScanner().records(of: file, options: options) }
            #expect(error?.code == .corruptArchive)
            #expect(error?.description.hasPrefix(path + ": ") == true)
        }
    }

    @Test(.enabled(if: toolInstalled("zip")))
    func truncatedZipIsCorrupt() throws {
        let folder = try TemporaryFolder()
        _ = try ArchiveTests.members(in: folder)
        try runTool("zip", ["-q", "-r", "../games.zip", "."], in: folder.path + "/src")
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: folder.path + "/games.zip")))
        let path = try folder.write("cut.zip", Array(bytes.prefix(bytes.count / 2)))
        #expect(throws: ScanError.self) { try RomScanner().records(of: ArchiveTests.file(path)) }
    }

    @Test(.enabled(if: toolInstalled("zip")))
    func encryptedZipIsReported() throws {
        let folder = try TemporaryFolder()
        _ = try ArchiveTests.members(in: folder)
        try runTool("zip", ["-q", "-r", "-P", "secret", "../locked.zip", "."], in: folder.path + "/src")
        for options in [HashOptions(), HashOptions(crcOnly: true)] {
            let file = try ArchiveTests.file(folder.path + "/locked.zip")
            let error = scanError { () throws(ScanError) in try RomScanner().records(of: file, options: options) }
            #expect(error?.code == .encryptedArchive)
            #expect(error?.message.contains("secret") == false)
        }
    }

    @Test(.enabled(if: toolInstalled("7z")))
    func encryptedSevenZipIsReported() throws {
        let folder = try TemporaryFolder()
        _ = try ArchiveTests.members(in: folder)
        try runTool("7z", ["a", "-bd", "-psecret", "../locked.7z", "."], in: folder.path + "/src")
        let file = try ArchiveTests.file(folder.path + "/locked.7z")
        #expect(scanError { () throws(ScanError) in try RomScanner().records(of: file) }?.code == .encryptedArchive)
    }
}
