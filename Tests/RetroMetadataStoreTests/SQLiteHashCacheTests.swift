import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataFiles
import RetroMetadataTesting
import Testing

@testable import RetroMetadataStore

@Suite struct SQLiteHashCacheTests {
    static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
    static let abc = FileHashes(
        size: 3, crc32: "352441c2", md5: "900150983cd24fb0d6963f7d28e17f72",
        sha1: "a9993e364706816aba3e25717850c26c9cd0d89d")
    static let empty = FileHashes(
        size: 0, crc32: "00000000", md5: "d41d8cd98f00b204e9800998ecf8427e",
        sha1: "da39a3ee5e6b4b0d3255bfef95601890afd80709")

    static func entry(_ path: String, layout: HashLayout = .wholeFile, stamp: FileStamp, records: [HashRecord])
        -> HashCacheEntry
    {
        HashCacheEntry(path: path, layout: layout, stamp: stamp, records: records)
    }

    @Test func storedRecordsComeBackWhileTheStampMatches() throws {
        let folder = try TemporaryFolder()
        let cache = try SQLiteHashCache(directory: folder.path, logger: SQLiteHashCacheTests.logger)
        let stamp = FileStamp(size: 3, modified: 1_700_000_000_123_456_789)
        let records = [HashRecord(hashes: SQLiteHashCacheTests.abc, headerless: SQLiteHashCacheTests.empty)]
        try cache.store([SQLiteHashCacheTests.entry("/roms/a.nes", stamp: stamp, records: records)])
        #expect(cache.lookup(path: "/roms/a.nes", layout: .wholeFile, stamp: stamp) == records)
        #expect(cache.lookup(path: "/roms/a.nes", layout: .wholeFile, stamp: FileStamp(size: 3, modified: 1)) == nil)
        #expect(cache.lookup(path: "/roms/a.nes", layout: .archiveMembers, stamp: stamp) == nil)
        #expect(cache.lookup(path: "/roms/b.nes", layout: .wholeFile, stamp: stamp) == nil)
    }

    @Test func archiveMembersKeepTheirOrderAndAnEmptyArchiveIsRemembered() throws {
        let cache = try SQLiteHashCache(path: ":memory:", logger: SQLiteHashCacheTests.logger)
        let stamp = FileStamp(size: 10, modified: 5)
        let members = [
            HashRecord(member: "b.sfc", hashes: SQLiteHashCacheTests.abc),
            HashRecord(member: "a.sfc", hashes: SQLiteHashCacheTests.empty),
        ]
        try cache.store([
            SQLiteHashCacheTests.entry("/r/set.zip", layout: .archiveMembers, stamp: stamp, records: members),
            SQLiteHashCacheTests.entry("/r/empty.zip", layout: .archiveMembers, stamp: stamp, records: []),
        ])
        #expect(cache.lookup(path: "/r/set.zip", layout: .archiveMembers, stamp: stamp) == members)
        #expect(cache.lookup(path: "/r/empty.zip", layout: .archiveMembers, stamp: stamp) == [])
    }

    @Test func storingAgainReplaces() throws {
        let cache = try SQLiteHashCache(path: ":memory:", logger: SQLiteHashCacheTests.logger)
        let old = FileStamp(size: 3, modified: 1)
        let new = FileStamp(size: 0, modified: 2)
        try cache.store([
            SQLiteHashCacheTests.entry("/r/a", stamp: old, records: [HashRecord(hashes: SQLiteHashCacheTests.abc)])
        ])
        try cache.store([
            SQLiteHashCacheTests.entry("/r/a", stamp: new, records: [HashRecord(hashes: SQLiteHashCacheTests.empty)])
        ])
        #expect(
            cache.lookup(path: "/r/a", layout: .wholeFile, stamp: new) == [
                HashRecord(hashes: SQLiteHashCacheTests.empty)
            ])
        #expect(cache.paths(for: SQLiteHashCacheTests.abc).isEmpty)
    }

    @Test func pathsAreFoundByHashes() throws {
        let cache = try SQLiteHashCache(path: ":memory:", logger: SQLiteHashCacheTests.logger)
        let stamp = FileStamp(size: 3, modified: 1)
        try cache.store([
            SQLiteHashCacheTests.entry("/r/one", stamp: stamp, records: [HashRecord(hashes: SQLiteHashCacheTests.abc)]),
            SQLiteHashCacheTests.entry(
                "/r/set.zip", layout: .archiveMembers, stamp: stamp,
                records: [HashRecord(member: "x", hashes: SQLiteHashCacheTests.abc)]),
            SQLiteHashCacheTests.entry(
                "/r/other", stamp: stamp, records: [HashRecord(hashes: SQLiteHashCacheTests.empty)]),
        ])
        #expect(cache.paths(for: SQLiteHashCacheTests.abc) == ["/r/one", "/r/set.zip"])
        let crcOnly = FileHashes(size: 3, crc32: "352441c2", md5: "", sha1: "")
        #expect(cache.paths(for: crcOnly) == ["/r/one", "/r/set.zip"])
        #expect(cache.paths(for: FileHashes(size: 4, crc32: "352441c2", md5: "", sha1: "")).isEmpty)
    }

    @Test func persistsAcrossReopening() throws {
        let folder = try TemporaryFolder()
        let stamp = FileStamp(size: 3, modified: 9)
        do {
            let cache = try SQLiteHashCache(directory: folder.path, logger: SQLiteHashCacheTests.logger)
            try cache.store([
                SQLiteHashCacheTests.entry(
                    "/r/a", stamp: stamp, records: [HashRecord(hashes: SQLiteHashCacheTests.abc)])
            ])
        }
        let reopened = try SQLiteHashCache(directory: folder.path, logger: SQLiteHashCacheTests.logger)
        #expect(
            reopened.lookup(path: "/r/a", layout: .wholeFile, stamp: stamp)?.first?.hashes == SQLiteHashCacheTests.abc)
    }

    @Test func damagedCacheFileIsMovedAsideAndRebuilt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/" + SQLiteHashCache.fileName
        let garbage = Data("this is not an sqlite database, it is garbage".utf8) + Data(repeating: 7, count: 4096)
        try garbage.write(to: URL(fileURLWithPath: path))
        let cache = try SQLiteHashCache(path: path, logger: SQLiteHashCacheTests.logger)
        let stamp = FileStamp(size: 3, modified: 1)
        try cache.store([
            SQLiteHashCacheTests.entry("/r/a", stamp: stamp, records: [HashRecord(hashes: SQLiteHashCacheTests.abc)])
        ])
        #expect(cache.lookup(path: "/r/a", layout: .wholeFile, stamp: stamp) != nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let aside = try #require(names.first { $0.hasPrefix(SQLiteHashCache.fileName + ".corrupt-") })
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + aside)) == garbage)
    }

    @Test func stateDirectoryFollowsXDG() {
        #expect(StateDirectory.path(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]) == "/c/retro-metadata")
        #expect(StateDirectory.path(environment: ["HOME": "/h"]) == "/h/.cache/retro-metadata")
        #expect(
            StateDirectory.path(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"]) == "/h/.cache/retro-metadata"
        )
    }
}
