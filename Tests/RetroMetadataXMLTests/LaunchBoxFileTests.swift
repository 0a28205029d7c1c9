import Foundation
import RetroMetadataCore
import Testing

@testable import RetroMetadataXML

@Suite("LaunchBox files")
struct LaunchBoxFileTests {
    private let path = Fixtures.path("launchbox-platform.xml")

    @Test("games are typed, linked records joined by GameID, unknown fields kept")
    func reading() throws {
        let file = try LaunchBoxPlatformFile.read(path: path)
        #expect(file.library.platform == "Sega Triforce")
        #expect(file.library.entries.count == 2)
        let game = file.library.entries[0]
        #expect(game.launchBoxID == "2764e6df-076e-421b-a487-6e919f156501")
        #expect(game.path == "Games\\Arcade\\Racer (USA).iso")
        #expect(game.name == "Racer Arcade GP")
        #expect(game.summary == "Line one.\n\nLine & two.")
        #expect(game.releaseDate == GameDate(year: 2005, month: 10, day: 12))
        #expect(game.rating == 0.8)
        #expect(game.favorite && game.playCount == 2 && game.playTime == 14)
        #expect(game.players == PlayerCount(minimum: 1, maximum: 4))
        #expect(game.genre == "Racing; Arcade")
        #expect(game.lastPlayed?.fraction == "954784" && game.lastPlayed?.utcOffsetMinutes == -300)
        #expect(game.field("Version") == "(USA)")
        #expect(game.alternateNames == [LibraryAlternateName(name: "Racer GP", region: "Japan")])
        #expect(game.customFields == [LibraryTextField(name: "Language", value: "Japanese")])
        #expect(file.library.entries[1].releaseDate == GameDate(year: 2007, month: 12, day: 1))
    }

    @Test("an untouched file writes the same bytes")
    func untouched() throws {
        let file = try LaunchBoxPlatformFile.read(path: path)
        #expect(file.serialized(utcOffsetMinutes: -300) == [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test("editing one game changes only its changed fields; removing one drops its linked records")
    func editing() throws {
        var file = try LaunchBoxPlatformFile.read(path: path)
        file.library.entries[0].name = "Racer Arcade GP DX"
        file.library.entries[0].alternateNames.append(LibraryAlternateName(name: "Racer DX"))
        file.library.entries.remove(at: 1)
        let original = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let output = String(decoding: file.serialized(utcOffsetMinutes: -300), as: UTF8.self)
        let written = output.components(separatedBy: "\n")
        #expect(written.filter { !original.contains($0) } == ["    <Title>Racer Arcade GP DX</Title>", "    <Name>Racer DX</Name>", "    <Region />"])
        #expect(!output.contains("Racer 2") && !output.contains("AdditionalApplication"))
        #expect(output.contains("<GameControllerSupport>") && output.contains("<SomethingNew>"))
        let reread = try LaunchBoxPlatformFile(document: XMLDocument(parsing: Array(output.utf8), file: "out"), file: "out")
        #expect(reread.library.entries == file.library.entries)
    }

    @Test("a new game gets a stable GUID, ISO dates with offset and star ratings")
    func newGame() throws {
        var entry = LibraryEntry(path: "../roms/snes/Game (USA).zip")
        entry.name = "Game"
        entry.rating = 0.7
        entry.releaseDate = GameDate(year: 1994, month: 6, day: 1)
        entry.alternateNames = [LibraryAlternateName(name: "Spiel", region: "Europe")]
        let file = LaunchBoxPlatformFile(platform: "Super Nintendo Entertainment System", library: Library(entries: [entry]))
        let output = String(decoding: file.serialized(utcOffsetMinutes: 60), as: UTF8.self)
        let id = NameBasedUUID.make(name: entry.path).uuidString.lowercased()
        #expect(output.contains("<ID>\(id)</ID>"))
        #expect(output.contains("<ReleaseDate>1994-06-01T00:00:00+01:00</ReleaseDate>"))
        #expect(output.contains("<StarRating>4</StarRating>") && output.contains("<StarRatingFloat>3.5</StarRatingFloat>"))
        #expect(output.contains("<Platform>Super Nintendo Entertainment System</Platform>"))
        let reread = try LaunchBoxPlatformFile(document: XMLDocument(parsing: Array(output.utf8), file: "out"), file: "out")
        #expect(reread.library.entries[0].alternateNames == entry.alternateNames)
        #expect(reread.library.entries[0].releaseDate == entry.releaseDate)
        #expect(reread.library.entries[0].launchBoxID == id)
    }

    @Test("Platforms.xml gains a platform once and keeps everything else")
    func platforms() throws {
        var file = LaunchBoxPlatformsFile()
        file.addPlatform("Sega Triforce")
        file.addPlatform("sega triforce")
        #expect(file.platformNames == ["Sega Triforce"])
        let reread = try XMLDocument(parsing: file.serialized(), file: "p")
        #expect(reread.root?.childElements.count == 1)
    }

    @Test("every reference LaunchBox file round-trips with the same games and stable bytes")
    func referenceFiles() throws {
        for path in ReferenceFiles.xmlFiles("launchbox") + [path] {
            let file = try LaunchBoxPlatformFile.read(path: path)
            let output = file.serialized()
            let reread = try LaunchBoxPlatformFile(document: XMLDocument(parsing: output, file: path), file: path)
            #expect(reread.library == file.library, "\(path)")
            #expect(reread.serialized() == output, "\(path)")
            if file.warnings.isEmpty && !file.document.hadByteOrderMark {
                #expect(output == [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), "\(path)")
            }
        }
    }
}
