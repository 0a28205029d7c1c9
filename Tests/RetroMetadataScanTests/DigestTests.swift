import Foundation
import RetroMetadataCore
import RetroMetadataTesting
import Testing

@testable import RetroMetadataScan

@Suite struct DigestTests {
    /// Published test vectors for CRC-32 (IEEE), MD5 (RFC 1321) and SHA-1 (FIPS 180).
    @Test(arguments: [
        ("", "00000000", "d41d8cd98f00b204e9800998ecf8427e", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "352441c2", "900150983cd24fb0d6963f7d28e17f72", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        (
            "The quick brown fox jumps over the lazy dog", "414fa339", "9e107d9d372bb6826bd81d3542a419d6",
            "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"
        ),
    ])
    func knownVectors(text: String, crc32: String, md5: String, sha1: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("vector.bin", text: text)
        let file = RomFile(path: path, stamp: FileStamp(size: Int64(text.utf8.count), modified: 0))
        let records = try RomScanner().records(of: file)
        #expect(
            records == [
                HashRecord(hashes: FileHashes(size: Int64(text.utf8.count), crc32: crc32, md5: md5, sha1: sha1))
            ])
    }

    @Test func millionLettersAcrossManyChunks() throws {
        let folder = try TemporaryFolder()
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let path = try folder.write("million.bin", bytes)
        let file = RomFile(path: path, stamp: FileStamp(size: 1_000_000, modified: 0))
        // A chunk size that does not divide the file exercises every boundary.
        let hashes = try RomScanner(chunkSize: 4093).records(of: file)[0].hashes
        #expect(hashes.md5 == "7707d6ae4e027c70eea2a935c2296f21")
        #expect(hashes.sha1 == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
        #expect(hashes.crc32 == referenceCRC32(bytes))
    }

    @Test func chunkSizeDoesNotChangeDigests() throws {
        let folder = try TemporaryFolder()
        let bytes = patternBytes(3 * 1_048_576 + 123)
        let path = try folder.write("large.bin", bytes)
        let file = RomFile(path: path, stamp: FileStamp(size: Int64(bytes.count), modified: 0))
        let small = try RomScanner(chunkSize: 1000).records(of: file)
        let large = try RomScanner(chunkSize: 1 << 20).records(of: file)
        #expect(small == large)
        #expect(small[0].hashes.crc32 == referenceCRC32(bytes))
        #expect(small[0].hashes.size == Int64(bytes.count))
    }

    @Test func crcOnlyLeavesOtherDigestsEmpty() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("abc.bin", text: "abc")
        let file = RomFile(path: path, stamp: FileStamp(size: 3, modified: 0))
        let hashes = try RomScanner().records(of: file, options: HashOptions(crcOnly: true))[0].hashes
        #expect(hashes == FileHashes(size: 3, crc32: "352441c2", md5: "", sha1: ""))
    }
}
