import Foundation
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataXML
import Testing

@Suite("Round trips between frontends")
struct RoundTripTests {
    /// The fields every format here shares.
    static func shared(_ entry: LibraryEntry) -> [String?] {
        [
            entry.path, entry.name, entry.summary, entry.releaseDate?.description, entry.developer, entry.publisher,
            entry.genre, entry.playersText, entry.rating.map { String(format: "%.2f", $0) }, String(entry.favorite),
            entry.playCount.map(String.init), String(entry.hidden),
        ]
    }

    @Test("esde → pegasus → reader keeps every shared field")
    func esdeToPegasus() throws {
        let frontend = try ExportFixtures.catalog().frontend(named: "pegasus")
        let exporter = FrontendExporter(frontend: frontend, names: ExportFixtures.names)
        let entries = ExportFixtures.library.entries
        let text = exporter.renderText(entries, media: [], romDirectory: nil)
        let back = PegasusReader.read(String(decoding: text, as: UTF8.self))
        #expect(back.entries.map(Self.shared) == entries.map(Self.shared))
        #expect(back.entries.first?.lastPlayed == entries.first?.lastPlayed)
    }

    @Test("es → launchbox → es keeps every shared field")
    func esToLaunchBoxAndBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let entries = ExportFixtures.library.entries
        let path = folder.appendingPathComponent("SNES.xml").path
        try LaunchBoxPlatformFile(platform: "SNES", library: Library(entries: entries)).write(to: path)
        let launchBox = try LaunchBoxPlatformFile.read(path: path)
        let gamelistPath = folder.appendingPathComponent("gamelist.xml").path
        try GamelistFile(flavour: .emulationStation, library: launchBox.library).write(to: gamelistPath)
        let back = try GamelistFile.read(path: gamelistPath)
        // LaunchBox holds full dates only (a year-only date comes back as 1 January), so compare years.
        let sharedNoRating: (LibraryEntry) -> [String?] = {
            [
                $0.path, $0.name, $0.summary, $0.releaseDate.map { String($0.year) }, $0.developer, $0.publisher,
                $0.genre,
                $0.playersText, String($0.favorite), String($0.hidden),
            ]
        }
        #expect(back.library.entries.map(sharedNoRating) == entries.map(sharedNoRating))
        #expect(back.library.entries.map(\.playCount) == entries.map(\.playCount))
    }

    @Test("es → attractmode (romlist and favourites tag) → reader keeps the fields a romlist holds")
    func toAttractMode() throws {
        let frontend = try ExportFixtures.catalog().frontend(named: "attractmode")
        let exporter = FrontendExporter(frontend: frontend, names: ExportFixtures.names)
        let entries = ExportFixtures.library.entries
        let romlist = String(decoding: exporter.renderText(entries, media: [], romDirectory: nil), as: UTF8.self)
        let tag = try #require(exporter.renderExtraFiles(entries, media: [], romDirectory: nil).first)
        #expect(tag.path == "romlists/Super Nintendo Entertainment System.tag")
        let back = AttractModeReader.read(romlist, favourites: String(decoding: tag.bytes, as: UTF8.self))
        #expect(back.entries.map(\.name) == entries.map(\.name))
        #expect(back.entries.map(\.favorite) == entries.map(\.favorite))
        #expect(back.entries.map { $0.releaseDate?.year } == entries.map { $0.releaseDate?.year })
        #expect(back.entries.map(\.playersText) == entries.map(\.playersText))
        #expect(back.entries.map(\.developer) == entries.map(\.developer))
        #expect(back.entries.map(\.rating) == entries.map(\.rating))
    }
}
