import Foundation
import RetroMetadataCore
import RetroMetadataTesting
import Testing

@testable import RetroMetadataScan

@Suite struct HeaderTests {
    static func header(_ magic: [UInt8], at offset: Int, length: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: length)
        bytes.replaceSubrange(offset..<offset + magic.count, with: magic)
        return bytes
    }

    static let cases: [(String, String, [UInt8])] = [
        ("iNES", "game.nes", header([0x4E, 0x45, 0x53, 0x1A, 2, 1], at: 0, length: 16)),
        ("FDS", "disk.fds", header([0x46, 0x44, 0x53, 0x1A, 1], at: 0, length: 16)),
        ("Atari 7800", "game.a78", header([1] + Array("ATARI7800".utf8), at: 0, length: 128)),
        ("Lynx", "game.lnx", header(Array("LYNX".utf8), at: 0, length: 64)),
        ("SNES copier", "game.smc", [UInt8](repeating: 0xAA, count: 512)),
    ]

    @Test(arguments: 0..<5)
    func stripsHeader(caseIndex: Int) throws {
        let (_, name, header) = HeaderTests.cases[caseIndex]
        let folder = try TemporaryFolder()
        let body = patternBytes(64 * 1024)
        let headered = try folder.write(name, header + body)
        let plain = try folder.write("body.bin", body)
        let scanner = RomScanner(chunkSize: 100)
        let records = try scanner.records(
            of: RomFile(path: headered, stamp: FileStamp(size: Int64(header.count + body.count), modified: 0)))
        let expected = try scanner.records(
            of: RomFile(path: plain, stamp: FileStamp(size: Int64(body.count), modified: 0)))
        #expect(records[0].headerless == expected[0].hashes)
        #expect(records[0].hashes.size == Int64(header.count + body.count))
        #expect(records[0].headerless?.crc32 == referenceCRC32(body))
    }

    @Test func headerSplitAcrossTinyChunks() {
        let body = patternBytes(5000)
        let bytes = [0x4E, 0x45, 0x53, 0x1A] + [UInt8](repeating: 0, count: 12) + body
        let hasher = ItemHasher(size: Int64(bytes.count), fileExtension: "nes")
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + 7)
            bytes[offset..<end].withUnsafeBytes { hasher.update($0) }
            offset = end
        }
        let record = hasher.finish()
        #expect(record.headerless?.crc32 == referenceCRC32(body))
        #expect(record.headerless?.size == Int64(body.count))
        #expect(record.hashes.crc32 == referenceCRC32(bytes))
    }

    @Test func noHeaderWithoutMagicOrOnKilobyteSizes() throws {
        let folder = try TemporaryFolder()
        let scanner = RomScanner()
        let whole = try folder.write("whole.sfc", patternBytes(2048))
        let other = try folder.write("odd.bin", patternBytes(2560))
        for path in [whole, other] {
            let size = Int64(try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int)
            let records = try scanner.records(of: RomFile(path: path, stamp: FileStamp(size: size, modified: 0)))
            #expect(records[0].headerless == nil)
        }
    }

    @Test func headerWithNothingBehindItIsNotStripped() {
        let bytes: [UInt8] = [0x4E, 0x45, 0x53, 0x1A] + [UInt8](repeating: 0, count: 12)
        let hasher = ItemHasher(size: Int64(bytes.count), fileExtension: "nes")
        bytes.withUnsafeBytes { hasher.update($0) }
        #expect(hasher.finish().headerless == nil)
    }
}
