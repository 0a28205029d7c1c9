import Foundation
import RetroMetadataCore
import Testing

@testable import RetroMetadataXML

@Suite("LaunchBox disc applications")
struct LaunchBoxDiscApplicationTests {
    private func records(_ bytes: [UInt8]) throws -> [XMLElement] {
        let document = try XMLDocument(parsing: bytes, file: "x.xml")
        let root = try #require(document.rootIndex(named: "LaunchBox").flatMap { document.nodes[$0].element })
        return root.childElements.filter { $0.name == "AdditionalApplication" }
    }

    @Test("a new game gets one record per disc, linked by its id, numbered in order")
    func newGame() throws {
        var file = LaunchBoxPlatformFile(
            platform: "Sony Playstation", library: Library(entries: [LibraryEntry(path: "/roms/psx/Q (Disc 1).chd")]))
        let added = file.addDiscApplications([
            "/roms/psx/Q (Disc 1).chd": ["/roms/psx/Q (Disc 1).chd", "/roms/psx/Q (Disc 2).chd"]
        ])
        #expect(added == 2)
        let bytes = file.serialized(utcOffsetMinutes: 0)
        let found = try records(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let game = try #require(text.range(of: "\n  <Game>\n"))
        #expect(game.lowerBound < (text.range(of: "<AdditionalApplication>")?.lowerBound ?? text.startIndex))
        let id = LaunchBoxPlatformFile.gameID(for: file.library.entries[0])
        #expect(found.map { $0.recordValue("GameID") } == [id, id])
        #expect(
            found.map { $0.recordValue("ApplicationPath") } == ["/roms/psx/Q (Disc 1).chd", "/roms/psx/Q (Disc 2).chd"])
        #expect(found.map { $0.recordValue("Disc") } == ["1", "2"])
        #expect(found.map { $0.recordValue("Name") } == ["Disc 1", "Disc 2"])
        #expect(found.map { $0.recordValue("UseEmulator") } == ["true", "true"])
        #expect(Set(found.compactMap { $0.recordValue("Id") }).count == 2)

        var reread = try LaunchBoxPlatformFile(document: XMLDocument(parsing: bytes, file: "x.xml"), file: "x.xml")
        #expect(
            reread.addDiscApplications([
                "/roms/psx/Q (Disc 1).chd": ["/roms/psx/Q (Disc 1).chd", "/roms/psx/Q (Disc 2).chd"]
            ]) == 0)
        #expect(reread.serialized(utcOffsetMinutes: 0) == bytes)
    }

    @Test("a game's own records are kept; only the discs it lacks are added, after the other records")
    func existingRecordsKept() throws {
        let path = Fixtures.path("launchbox-platform.xml")
        var file = try LaunchBoxPlatformFile.read(path: path)
        let game = file.library.entries[1]
        let discs = [game.path, "Games\\Arcade\\Racer 2 (Japan).iso", "Games\\Arcade\\Racer 2 (Disc 2).iso"]
        #expect(file.addDiscApplications([game.path: discs]) == 2)
        let found = try records(file.serialized(utcOffsetMinutes: -300))
        #expect(found.count == 3)
        #expect(found[0].recordValue("Name") == "Play Japanese version...")
        #expect(found[1].recordValue("ApplicationPath") == game.path)
        #expect(found[2].recordValue("ApplicationPath") == "Games\\Arcade\\Racer 2 (Disc 2).iso")
        #expect(found[2].recordValue("Disc") == "3")
    }

    @Test("games not named are left alone")
    func otherGamesUntouched() throws {
        let path = Fixtures.path("launchbox-platform.xml")
        var file = try LaunchBoxPlatformFile.read(path: path)
        #expect(file.addDiscApplications(["Games\\Nowhere.iso": ["a", "b"]]) == 0)
        #expect(file.serialized(utcOffsetMinutes: -300) == [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }
}
