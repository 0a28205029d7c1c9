import Foundation
import RetroMetadataCore
import RetroMetadataTesting
import Testing

@testable import RetroMetadataXML

/// Heavy tests, run one after another so the memory measurement is not disturbed by the others in this suite.
@Suite("Large and hostile inputs", .serialized)
struct LargeInputTests {
    @Test("50,000 hostile entries round-trip")
    func largeHostileFile() throws {
        let hostile = "ctrl\u{1}\u{8}\u{B} 4-byte 😀𝄞 ]]> <tag> & \"quotes\" 'apos'"
        var entries: [LibraryEntry] = []
        for index in 0..<50_000 {
            var entry = LibraryEntry(path: "./Game \(index) (USA).zip")
            entry.name = "Game \(index) \(hostile)"
            entry.summary = index == 7 ? String(repeating: "Long text. ", count: 100_000) : "Desc \(index)"
            entry.rating = Double(index % 10) / 10
            entry.players = PlayerCount(minimum: 1, maximum: 1 + index % 4)
            entry.unknownElements = ["<extra n=\"\(index)\">x</extra>"]
            entries.append(entry)
        }
        let file = GamelistFile(flavour: .batocera, library: Library(entries: entries))
        let output = file.serialized()
        let reread = try GamelistFile(document: XMLDocument(parsing: output, file: "big"), file: "big")
        #expect(reread.warnings.isEmpty)
        #expect(reread.library.entries.count == 50_000)
        #expect(reread.library.entries[3].name == "Game 3 ctrl 4-byte 😀𝄞 ]]> <tag> & \"quotes\" 'apos'")
        #expect(reread.library.entries[7].summary?.utf8.count == 1_100_000)
        #expect(reread.library.entries[9].unknownElements == ["<extra n=\"9\">x</extra>"])
        #expect(reread.serialized() == output)
        // Read back from a file, the same entries come straight from the bytes, and write the same bytes.
        let folder = try ReferenceFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("gamelist.xml").path
        try Data(output).write(to: URL(fileURLWithPath: path))
        let direct = try GamelistFile.read(path: path)
        #expect(direct.source?.forms.allSatisfy { $0 == .serialized } == true)
        #expect(direct.library == reread.library)
        #expect(direct.serialized() == output)
    }

    @Test("Metadata.xml streams games, alternate names and images with flat memory")
    func metadataStreamingMemory() throws {
        let folder = try ReferenceFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("Metadata.xml").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data("<?xml version=\"1.0\" standalone=\"yes\"?>\n<LaunchBox>\n".utf8))
        let overview = String(repeating: "An overview sentence. ", count: 20)
        let games = 60_000
        for id in 0..<games {
            var chunk = "  <Game>\n    <Name>Game \(id)</Name>\n    <ReleaseDate>1995-03-11T00:00:00-08:00</ReleaseDate>\n"
            chunk += "    <Overview>\(overview)&#xC;</Overview>\n    <DatabaseID>\(id)</DatabaseID>\n"
            chunk += "    <Genres> Action; Platform</Genres>\n    <Platform>Nintendo 64</Platform>\n  </Game>\n"
            chunk += "  <GameAlternateName>\n    <AlternateName>Alt \(id)</AlternateName>\n    <DatabaseID>\(id)</DatabaseID>\n  </GameAlternateName>\n"
            chunk += "  <GameImage>\n    <DatabaseID>\(id)</DatabaseID>\n    <FileName>\(id).png</FileName>\n"
            chunk += "    <Type>Box - Front</Type>\n    <CRC32>4294967295</CRC32>\n  </GameImage>\n"
            handle.write(Data(chunk.utf8))
        }
        handle.write(Data("</LaunchBox>\n".utf8))
        try handle.close()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 40_000_000)

        let reader = try LaunchBoxMetadataReader(path: path)
        var counts = (games: 0, names: 0, images: 0)
        var last: LaunchBoxMetadataGame?
        try reader.forEach { record in
            switch record {
            case .game(let game):
                counts.games += 1
                last = game
            case .alternateName: counts.names += 1
            case .image(let image):
                counts.images += 1
                #expect(image.crc32 == UInt32.max)
            case .other: Issue.record("unexpected record")
            }
        }
        #expect(counts.games == games && counts.names == games && counts.images == games)
        #expect(last?.genres == ["Action", "Platform"])
        #expect(last?.releaseDate == GameDate(year: 1995, month: 3, day: 11))
        #expect(reader.warnings.count == 1000)
        // Peak memory is not asserted here: this process's peak also moves with the suites running in
        // parallel. The streaming reader's flat memory is checked in a child process of its own by
        // `LaunchBoxImportCommandTests` and measured by the bench's `metadata` suite.
        let document = try XMLDocument.read(path: path)
        #expect(document.root?.childElements.count == games * 3)
    }

    @Test("the lenient reader never crashes or hangs on mutated input")
    func fuzzLenientReader() throws {
        let seeds = try Fixtures.xmlFiles.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))) }
        var generator = SeededGenerator(seed: 0x5EED)
        var readable = 0
        for iteration in 0..<3000 {
            var bytes = seeds[iteration % seeds.count]
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let position = Int.random(in: 0..<max(1, bytes.count), using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.insert(contentsOf: [UInt8]("<&]]>--\u{0}\u{1}<!DOCTYPE".utf8).shuffled(using: &generator).prefix(3), at: min(position, bytes.count))
                case 2: bytes = Array(bytes.prefix(position))
                default: if !bytes.isEmpty { bytes.remove(at: position) }
                }
            }
            guard let document = try? XMLDocument(parsing: bytes, file: "fuzz.xml") else { continue }
            readable += 1
            let output = document.serialized()
            let again = try XMLDocument(parsing: output, file: "fuzz-out.xml")
            #expect(again.repairCount == 0, "iteration \(iteration)")
            #expect(again.nodes == document.nodes, "iteration \(iteration)")
        }
        #expect(readable > 100)
    }
}

/// A small deterministic random generator (SplitMix64), so fuzz runs are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
