import Foundation
import RetroMetadataCore
import Testing

@testable import RetroMetadataXML

@Suite("Gamelist ⇄ LaunchBox")
struct ConversionTests {
    @Test("typed fields survive gamelist → LaunchBox → gamelist")
    func roundTrip() throws {
        let source = try GamelistFile.read(path: Fixtures.path("batocera-gamelist.xml"))
        let games = source.library.entries.filter { $0.kind == .game }.map { entry -> LibraryEntry in
            var entry = entry
            (entry.fields, entry.unknownElements, entry.unknownAttributes) = ([], [], [])
            return entry
        }
        let launchBox = LaunchBoxPlatformFile(platform: "Sega Genesis", library: Library(entries: games))
        let bytes = launchBox.serialized(utcOffsetMinutes: -300)
        let reread = try LaunchBoxPlatformFile(document: XMLDocument(parsing: bytes, file: "lb"), file: "lb")
        #expect(reread.library.platform == "Sega Genesis")
        let back = GamelistFile(flavour: .emulationStation, library: Library(entries: reread.library.entries))
        let final = try GamelistFile(document: XMLDocument(parsing: back.serialized(), file: "es"), file: "es")
        for (before, after) in zip(games, final.library.entries) {
            #expect(after.path == before.path)
            #expect(after.name == before.name)
            #expect(after.summary == before.summary)
            #expect(after.releaseDate == (before.releaseDate.map { GameDate(year: $0.year, month: $0.month ?? 1, day: $0.day ?? 1) }))
            #expect(after.rating == before.rating)
            #expect(after.developer == before.developer)
            #expect(after.favorite == before.favorite)
            #expect(after.playCount == before.playCount)
            #expect(after.lastPlayed?.emulationStationText == before.lastPlayed?.emulationStationText)
        }
        // MaxPlayers holds only the upper bound: 1-4 comes back as 1-4, an unparsable text is lost.
        #expect(final.library.entries[0].players == PlayerCount(minimum: 1, maximum: 4))
    }

    @Test("the LaunchBox GUID of a converted game is the same on every run")
    func stableGUID() throws {
        let entry = LibraryEntry(path: "./Sonic (USA).md")
        let first = String(decoding: LaunchBoxPlatformFile(platform: "P", library: Library(entries: [entry])).serialized(utcOffsetMinutes: 0), as: UTF8.self)
        let second = String(decoding: LaunchBoxPlatformFile(platform: "P", library: Library(entries: [entry])).serialized(utcOffsetMinutes: 0), as: UTF8.self)
        #expect(first == second)
        #expect(first.contains("<ID>\(LaunchBoxPlatformFile.gameID(for: entry))</ID>"))
    }

    @Test("an unreadable file is an error naming it, and writing is never reached")
    func unreadable() throws {
        let folder = try ReferenceFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("gamelist.xml").path
        try Data("<gameList><game><path>a</game></gameList>".utf8).write(to: URL(fileURLWithPath: path))
        #expect { try GamelistFile.read(path: path) } throws: { error in
            (error as? XMLError)?.file == path && (error as? XMLError)?.line == 1
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["gamelist.xml"])
    }
}
