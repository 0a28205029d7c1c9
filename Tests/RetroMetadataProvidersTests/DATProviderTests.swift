import Foundation
import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("DAT files: clrmamepro and Logiqx loading, hash identification, metadata fragments")
struct DATProviderTests {
    /// A Logiqx DAT listing files the test wrote, with their real digests.
    func logiqx(_ roms: [(game: String, file: String, hashes: FileHashes, serial: String?)]) -> String {
        var text = #"<?xml version="1.0"?>"# + "\n<datafile>\n<header><name>Test</name></header>\n"
        for rom in roms {
            let serial = rom.serial.map { #" serial="\#($0)""# } ?? ""
            text += """
                <game name="\(rom.game)"><description>\(rom.game)</description>
                <rom name="\(rom.file)" size="\(rom.hashes.size)" crc="\(rom.hashes.crc32.uppercased())" \
                md5="\(rom.hashes.md5)" sha1="\(rom.hashes.sha1)"\(serial)/></game>

                """
        }
        return text + "</datafile>\n"
    }

    @Test("files the test creates are identified by their hashes with name, region and serial")
    func identifyByHash() async throws {
        let folder = try LocalFolder()
        let first = try folder.write("roms/a.sfc", Array("first game bytes".utf8))
        let second = try folder.write("roms/b.sfc", (0..<5000).map { UInt8($0 % 251) })
        let firstHashes = try LocalFolder.hashes(of: first)
        let secondHashes = try LocalFolder.hashes(of: second)
        let dat = try folder.write(
            "dats/test.dat",
            text: logiqx([
                ("Alpha Quest (Europe) (En,Fr)", "Alpha Quest (Europe) (En,Fr).sfc", firstHashes, "SNSP-AQ"),
                ("Beta Racer (Japan)", "Beta Racer (Japan).sfc", secondHashes, nil),
            ]))
        let provider = try DATProvider(paths: [dat])
        let game = try #require(try await provider.identify(hashes: firstHashes, fileName: nil, platformID: nil))
        #expect(game.name == "Alpha Quest (Europe) (En,Fr)")
        #expect(game.metadata.regions == ["eu"])
        #expect(game.metadata.languages == ["en", "fr"])
        #expect(game.ids[DATProvider.serialKey] == "SNSP-AQ")
        #expect(game.match?.type == .hash)
        // Only the CRC and size known: still exact.
        let crcOnly = FileHashes(size: secondHashes.size, crc32: secondHashes.crc32, md5: "", sha1: "")
        #expect(
            try await provider.identify(hashes: crcOnly, fileName: nil, platformID: nil)?.name == "Beta Racer (Japan)")
        // A CRC with the wrong size is not a match.
        let wrongSize = FileHashes(size: 1, crc32: secondHashes.crc32, md5: "", sha1: "")
        #expect(try await provider.identify(hashes: wrongSize, fileName: nil, platformID: nil) == nil)
        // A folder of DATs loads the same records.
        let fromFolder = try DATProvider(paths: [folder.path + "/dats"])
        #expect(fromFolder.index.romCount == 2)
        #expect(
            try await fromFolder.identify(fileName: "Beta Racer (Japan).sfc", platformID: nil)?.match?.type == .local)
    }

    @Test("clrmamepro DATs load with libretro metadata fragments filling fields by CRC")
    func clrmamepro() async throws {
        let folder = try LocalFolder()
        let main = try folder.write(
            "Nintendo - SNES.dat",
            text: """
                clrmamepro (
                \tname "Nintendo - Super Nintendo Entertainment System"
                )

                game (
                \tname "Gamma World (USA)"
                \tregion "USA"
                \trom ( name "Gamma World (USA).sfc" size 524288 crc 1A2B3C4D md5 00112233445566778899AABBCCDDEEFF sha1 00112233445566778899AABBCCDDEEFF00112233 serial "SNS-GW-USA" )
                )
                """)
        let genre = try folder.write(
            "genre.dat",
            text: """
                clrmamepro (
                \tname "Nintendo - Super Nintendo Entertainment System"
                )
                game (
                \tcomment "Gamma World (USA)"
                \tgenre "Role-playing (RPG)"
                \tdeveloper "Studio Gamma"
                \treleaseyear "1994"
                \tusers "2"
                \trom ( crc 1A2B3C4D )
                )
                """)
        let provider = try DATProvider(paths: [main, genre])
        let hashes = FileHashes(size: 524_288, crc32: "1a2b3c4d", md5: "", sha1: "")
        let game = try #require(try await provider.identify(hashes: hashes, fileName: nil, platformID: nil))
        #expect(game.name == "Gamma World (USA)")
        #expect(game.ids[DATProvider.serialKey] == "SNS-GW-USA")
        #expect(game.platform == "snes")
        #expect(game.metadata.genres == ["Role-playing (RPG)"])
        #expect(game.metadata.developer == "Studio Gamma")
        #expect(game.metadata.releaseDate == GameDate(year: 1994))
        #expect(game.metadata.players == PlayerCount(2))
        #expect(game.sources[.genres] == .dat)
        let results = try await provider.search("gamma world", platformID: nil, limit: 5)
        #expect(results.first?.id == "Gamma World (USA)")
        #expect(try await provider.game(id: "Gamma World (USA)")?.metadata.regions == ["us"])
    }

    @Test("a clrmamepro syntax error names the file and line")
    func syntaxError() throws {
        let folder = try LocalFolder()
        let path = try folder.write(
            "broken.dat",
            text: "clrmamepro (\n\tname \"x\"\n)\n\ngame (\n\tname \"A\"\n\trom ( name \"a.bin\" size )\n)\n")
        #expect(throws: DATError.syntax(path, line: 7, "field 'size' has no value")) { try DATProvider(paths: [path]) }
        let unclosed = try folder.write("unclosed.dat", text: "game (\n\tname \"A\n)\n")
        let error = #expect(throws: DATError.self) { try DATProvider(paths: [unclosed]) }
        #expect(error?.line == 2)
        #expect(error?.description.hasPrefix(unclosed + ":2") == true)
        let xml = try folder.write("bad.xml", text: "<datafile>\n<game name=\"x\">\n<rom name=\"a\"\n</datafile>\n")
        let xmlError = #expect(throws: DATError.self) { try DATProvider(paths: [xml]) }
        #expect(xmlError?.line != nil)
    }

    @Test("every reference DAT decodes")
    func referenceDATs() throws {
        for path in referenceFiles("dat") {
            let games = try DATFile.read(path: path)
            #expect(!games.isEmpty, "\(path)")
            #expect(games.allSatisfy { $0.system != nil }, "\(path)")
            var index = DATIndex()
            index.add(games)
            #expect(index.games.count + index.fieldsByCRC.count > 0)
        }
    }
}
