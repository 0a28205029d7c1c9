import Foundation
import RetroMetadataCore
import RetroMetadataTesting
import Testing

@testable import RetroMetadataScan

@Suite struct RomScannerTests {
    static func hashAll(_ scanner: RomScanner, _ files: [RomFile], options: HashOptions = HashOptions()) async
        -> ([HashOutcome], HashSummary)
    {
        var outcomes: [HashOutcome] = []
        let summary = await scanner.hash(files, options: options) { index, outcome in
            #expect(index == outcomes.count)
            outcomes.append(outcome)
        }
        return (outcomes, summary)
    }

    /// Sets a file's modification time back to exactly `stamp.modified`.
    static func restore(_ path: String, modified: Int64) {
        let time = timespec(tv_sec: Int(modified / 1_000_000_000), tv_nsec: Int(modified % 1_000_000_000))
        var times = [time, time]
        utimensat(AT_FDCWD, path, &times, 0)
    }

    @Test func resultsArriveInInputOrder() async throws {
        let folder = try TemporaryFolder()
        for index in 0..<40 {
            try folder.write("f\(index).bin", patternBytes((40 - index) * 3000, seed: UInt64(index + 1)))
        }
        let files = RomFinder().find(in: [folder.path]).files
        let (outcomes, summary) = await RomScannerTests.hashAll(RomScanner(concurrency: 4), files)
        #expect(outcomes.map(\.file) == files)
        #expect(summary.hashed == 40)
        for outcome in outcomes {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: outcome.file.path)))
            #expect(try outcome.result.get()[0].hashes.crc32 == referenceCRC32(bytes))
        }
    }

    @Test func unchangedFileIsAnsweredFromTheCacheWithoutReading() async throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("game.sfc", text: "abc")
        let scanner = RomScanner(hashCache: InMemoryHashCache())
        let first = RomFinder().find(in: [folder.path]).files
        _ = await RomScannerTests.hashAll(scanner, first)
        // Same size, same time, other bytes: only a read would notice.
        try folder.write("game.sfc", text: "xyz")
        RomScannerTests.restore(path, modified: first[0].stamp.modified)
        let second = RomFinder().find(in: [folder.path]).files
        #expect(second == first)
        let (outcomes, summary) = await RomScannerTests.hashAll(scanner, second)
        #expect(outcomes[0].fromCache)
        #expect(try outcomes[0].result.get()[0].hashes.crc32 == "352441c2")
        #expect(summary.cached == 1 && summary.hashed == 0)
    }

    @Test func changedStampIsHashedAgain() async throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("game.sfc", text: "abc")
        let scanner = RomScanner(hashCache: InMemoryHashCache())
        _ = await RomScannerTests.hashAll(scanner, RomFinder().find(in: [folder.path]).files)
        try folder.write("game.sfc", text: "abcd")
        let (outcomes, _) = await RomScannerTests.hashAll(scanner, RomFinder().find(in: [path]).files)
        #expect(!outcomes[0].fromCache)
        #expect(try outcomes[0].result.get()[0].hashes.size == 4)
    }

    @Test func noCacheOptionReadsEveryTime() async throws {
        let folder = try TemporaryFolder()
        try folder.write("game.sfc", text: "abc")
        let scanner = RomScanner(hashCache: InMemoryHashCache())
        let files = RomFinder().find(in: [folder.path]).files
        _ = await RomScannerTests.hashAll(scanner, files)
        let (outcomes, _) = await RomScannerTests.hashAll(scanner, files, options: HashOptions(useCache: false))
        #expect(!outcomes[0].fromCache)
    }

    @Test func renamedFileIsRecognisedByItsHashes() async throws {
        let folder = try TemporaryFolder()
        let old = try folder.write("Old Name.sfc", patternBytes(5000))
        let scanner = RomScanner(hashCache: InMemoryHashCache())
        _ = await RomScannerTests.hashAll(scanner, RomFinder().find(in: [folder.path]).files)
        try FileManager.default.createDirectory(atPath: folder.path + "/moved", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: old, toPath: folder.path + "/moved/New Name.sfc")
        let files = RomFinder().find(in: [folder.path]).files
        let (outcomes, _) = await RomScannerTests.hashAll(scanner, files)
        let records = try outcomes[0].result.get()
        #expect(scanner.previousPaths(of: files[0], records: records) == [old])
    }

    @Test func vanishedFileFailsAloneAndTheRestIsHashed() async throws {
        let folder = try TemporaryFolder()
        for name in ["a.bin", "b.bin", "c.bin"] { try folder.write(name, text: name) }
        let files = RomFinder().find(in: [folder.path]).files
        try FileManager.default.removeItem(atPath: folder.path + "/b.bin")
        let (outcomes, summary) = await RomScannerTests.hashAll(RomScanner(), files)
        #expect(summary.failed == 1 && summary.hashed == 2)
        if case .failure(let error) = outcomes[1].result {
            #expect(error.code == .notFound)
            #expect(error.path == folder.path + "/b.bin")
        } else {
            Issue.record("a missing file was hashed")
        }
    }

    // Root reads files whatever their mode, so chmod 000 proves nothing there.
    @Test(.enabled(if: getuid() != 0))
    func unreadableFileFailsAlone() async throws {
        let folder = try TemporaryFolder()
        let locked = try folder.write("a.bin", text: "a")
        try folder.write("b.bin", text: "b")
        chmod(locked, 0)
        let (outcomes, summary) = await RomScannerTests.hashAll(RomScanner(), RomFinder().find(in: [folder.path]).files)
        #expect(summary.failed == 1 && summary.hashed == 1)
        if case .failure(let error) = outcomes[0].result { #expect(error.code == .unreadable) }
    }

    @Test func failingCacheStoreKeepsTheHashes() async throws {
        struct BrokenCache: HashCache {
            struct Failure: Error {}
            func lookup(path: String, layout: HashLayout, stamp: FileStamp) -> [HashRecord]? { nil }
            func store(_ entries: [HashCacheEntry]) throws { throw Failure() }
            func paths(for hashes: FileHashes) -> [String] { [] }
        }
        let folder = try TemporaryFolder()
        try folder.write("a.bin", text: "abc")
        let (outcomes, summary) = await RomScannerTests.hashAll(
            RomScanner(hashCache: BrokenCache()), RomFinder().find(in: [folder.path]).files)
        #expect(try outcomes[0].result.get()[0].hashes.crc32 == "352441c2")
        #expect(summary.cacheError != nil)
    }
}
