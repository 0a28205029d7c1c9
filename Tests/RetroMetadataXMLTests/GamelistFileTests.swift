import Foundation
import RetroMetadataCore
import Testing

@testable import RetroMetadataXML

@Suite("Gamelist file")
struct GamelistFileTests {
    private func text(_ file: GamelistFile) -> String { String(decoding: file.serialized(), as: UTF8.self) }

    @Test("every known field is typed; unknown content is kept per entry")
    func typedFields() throws {
        let file = try GamelistFile.read(path: Fixtures.path("batocera-gamelist.xml"))
        #expect(file.flavour == .batocera)
        let game = file.library.entries[0]
        #expect(game.path == "./Space Quest (USA).zip")
        #expect(game.name == "Space Quest")
        #expect(game.summary == "A janitor in space.\n\nSecond paragraph & more.")
        #expect(game.rating == 0.75)
        #expect(game.releaseDate == GameDate(year: 1991, month: 3, day: 1))
        #expect(game.developer == "Sierra")
        #expect(game.publisher == nil)
        #expect(game.genre == nil)
        #expect(game.players == PlayerCount(minimum: 1, maximum: 4))
        #expect(game.favorite && !game.hidden)
        #expect(game.playCount == 3)
        #expect(game.lastPlayed == LibraryTimestamp(year: 2023, month: 1, day: 15, hour: 21, minute: 30))
        #expect(game.media[.screenshot] == "./images/Space Quest (USA)-image.png")
        #expect(game.field("md5") == "0123456789abcdef0123456789abcdef")
        #expect(game.language == "en")
        #expect(game.scraperID == "4521")
        #expect(game.unknownAttributes == [LibraryTextField(name: "source", value: "ScreenScraper.fr")])
        #expect(game.scrapeDates == [LibraryTextField(name: "ScreenScraper", value: "20230302T190930")])
        #expect(game.unknownElements.count == 2)
        #expect(game.unknownElements[0] == "<genreid>10</genreid>")
        #expect(game.unknownElements[1] == "<custom kind=\"x\"><inner>kept</inner></custom>")
        let second = file.library.entries[1]
        #expect(second.releaseDate == GameDate(year: 1992))
        #expect(second.players == nil && second.unparsedPlayers == "two")
        #expect(file.library.entries[2].kind == .folder)
    }

    @Test("an untouched file writes the same bytes")
    func untouchedRoundTrip() throws {
        for name in ["batocera-gamelist.xml", "esde-gamelist.xml"] {
            let path = Fixtures.path(name)
            let file = try GamelistFile.read(path: path)
            #expect(file.serialized() == [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), "\(name)")
        }
    }

    @Test("changing one entry rewrites only that entry and keeps its unknown children")
    func updateInPlace() throws {
        let path = Fixtures.path("batocera-gamelist.xml")
        var file = try GamelistFile.read(path: path)
        file.library.entries[0].name = "Space Quest I"
        file.library.entries[0].playCount = nil
        file.library.entries[0].hidden = true
        file.library.entries[0].region = "us"
        file.library.entries[0].scrapeDates.append(LibraryTextField(name: "ArcadeDB", value: "20240101T000000"))
        let original = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let written = text(file).components(separatedBy: "\n")
        let removed = original.filter { !written.contains($0) }
        let added = written.filter { !original.contains($0) }
        #expect(removed == ["\t\t<name>Space Quest</name>", "\t\t<playcount>3</playcount>"])
        #expect(added == [
            "\t\t<name>Space Quest I</name>", "\t\t<hidden>true</hidden>", "\t\t<region>us</region>",
            "\t\t<scrap name=\"ArcadeDB\" date=\"20240101T000000\" />",
        ])
        let reread = try GamelistFile(document: XMLDocument(parsing: file.serialized(), file: "out"), file: "out")
        #expect(reread.library.entries == file.library.entries)
    }

    @Test("an edited entry keeps an element holding the flavour's default")
    func defaultsKept() throws {
        let text = "<gameList>\n\t<game>\n\t\t<path>./a.zip</path>\n\t\t<name>A</name>\n\t\t<players>1</players>\n\t</game>\n</gameList>\n"
        var file = try GamelistFile(document: XMLDocument(parsing: Array(text.utf8), file: "t"), file: "t", flavour: .emulationStation)
        file.library.entries[0].name = "B"
        let output = String(decoding: file.serialized(), as: UTF8.self)
        #expect(output == text.replacingOccurrences(of: "<name>A</name>", with: "<name>B</name>"))
    }

    @Test("removed entries disappear, new ones are appended in the flavour's order with defaults omitted")
    func addAndRemove() throws {
        var file = try GamelistFile.read(path: Fixtures.path("batocera-gamelist.xml"), flavour: .emulationStation)
        file.library.entries.remove(at: 1)
        var entry = LibraryEntry(path: "./New (USA).zip")
        entry.name = "New"
        entry.players = PlayerCount(1)
        entry.rating = 0.5
        entry.developer = "Dev"
        entry.releaseDate = GameDate(year: 1990, month: 5, day: 2)
        file.library.entries.append(entry)
        let output = text(file)
        #expect(!output.contains("Pilotwings"))
        #expect(output.hasSuffix(
            "\t</folder>\n\t<game>\n\t\t<path>./New (USA).zip</path>\n\t\t<name>New</name>\n\t\t<rating>0.5</rating>\n"
                + "\t\t<releasedate>19900502T000000</releasedate>\n\t\t<developer>Dev</developer>\n\t</game>\n</gameList>\n"))
    }

    @Test("ES-DE keeps <alternativeEmulator> before <gameList>; other flavours move it inside")
    func alternativeEmulator() throws {
        let path = Fixtures.path("esde-gamelist.xml")
        let esde = try GamelistFile.read(path: path)
        #expect(esde.flavour == .esDE)
        #expect(esde.document.nodes.compactMap(\.element).map(\.name) == ["alternativeEmulator", "gameList"])
        var batocera = esde
        batocera.flavour = .batocera
        let document = try XMLDocument(parsing: batocera.serialized(), file: "out")
        #expect(document.nodes.compactMap(\.element).map(\.name) == ["gameList"])
        #expect(document.root?.childElements.map(\.name) == ["alternativeEmulator", "game"])
        #expect(try GamelistFile(document: document, file: "out").library == esde.library)
    }

    @Test("a broken Skraper file (BOM, CRLF, bare &, -- comment, controls, Korean) reads and writes well-formed")
    func brokenSkraperFile() throws {
        let file = try GamelistFile.read(path: Fixtures.path("skraper-broken-gamelist.xml"))
        #expect(file.warnings.count == 5)
        #expect(file.warnings.allSatisfy { $0.file.hasSuffix("skraper-broken-gamelist.xml") && $0.line > 1 })
        #expect(file.library.entries[0].name == "Lilo & Stitch")
        #expect(file.library.entries[1].name == "한글 게임")
        let output = file.serialized()
        #expect(Array(output.prefix(3)) != [0xEF, 0xBB, 0xBF])
        let reread = try XMLDocument(parsing: output, file: "out")
        #expect(reread.warnings.isEmpty)
        #expect(reread.root?.childElements.map(\.name) == ["provider", "game", "folder"])
        #expect(try GamelistFile(document: reread, file: "out").library == file.library)
    }

    @Test("a new gamelist is tab-indented with an ES declaration")
    func newFile() throws {
        var entry = LibraryEntry(path: "./a.zip")
        entry.name = "A"
        entry.favorite = true
        let file = GamelistFile(flavour: .esDE, library: Library(entries: [entry]))
        #expect(text(file) == "<?xml version=\"1.0\"?>\n<gameList>\n\t<game>\n\t\t<path>./a.zip</path>\n"
            + "\t\t<name>A</name>\n\t\t<favorite>true</favorite>\n\t</game>\n</gameList>\n")
    }

    @Test("every reference gamelist round-trips: same entries, stable bytes")
    func referenceFiles() throws {
        for path in ReferenceFiles.xmlFiles("gamelist") + Fixtures.xmlFiles.filter({ $0.contains("gamelist") }) {
            let file = try GamelistFile.read(path: path)
            let output = file.serialized()
            let reread = try GamelistFile(document: XMLDocument(parsing: output, file: path), file: path)
            #expect(reread.warnings.isEmpty, "\(path)")
            #expect(reread.library == file.library, "\(path)")
            #expect(reread.serialized() == output, "\(path)")
            if file.warnings.isEmpty && file.document.hadByteOrderMark == false {
                let original = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
                let reparsed = try XMLDocument(parsing: Array(original.utf8), file: path)
                let written = try XMLDocument(parsing: output, file: path)
                #expect(reparsed.nodes == written.nodes || file.flavour != .esDE, "\(path) \(String(decoding: output.prefix(300), as: UTF8.self))")
            }
        }
    }

    @Test("writing is atomic and keeps a .bak of the first replaced file")
    func atomicWrite() throws {
        let folder = try ReferenceFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("gamelist.xml").path
        try FileManager.default.copyItem(atPath: Fixtures.path("batocera-gamelist.xml"), toPath: path)
        var file = try GamelistFile.read(path: path)
        file.library.entries[0].name = "Changed"
        try file.write(to: path)
        file.library.entries[0].name = "Changed again"
        try file.write(to: path)
        let backup = try Data(contentsOf: URL(fileURLWithPath: path + ".bak"))
        #expect(backup == (try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("batocera-gamelist.xml")))))
        #expect(try GamelistFile.read(path: path).library.entries[0].name == "Changed again")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".partial-") }
        #expect(leftovers.isEmpty)
        let link = folder.appendingPathComponent("link.xml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        file.library.entries[0].name = "Through the link"
        try file.write(to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == path)
        #expect(try GamelistFile.read(path: path).library.entries[0].name == "Through the link")
    }
}
