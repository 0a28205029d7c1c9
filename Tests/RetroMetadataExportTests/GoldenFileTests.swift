import Foundation
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataXML
import Testing

@Suite("Golden output of every frontend")
struct GoldenFileTests {
    /// The bytes each frontend writes for the fixture library, with one cover per game.
    static func output(of frontend: Frontend) throws -> [UInt8] {
        let exporter = FrontendExporter(frontend: frontend, names: ExportFixtures.names)
        let entries = ExportFixtures.library.entries
        let media = exporter.mediaFiles(entries: entries, sources: entries.map { _ in [.cover: "/src/cover.png"] })
        let withMedia = exporter.entriesWithMedia(entries, media: media)
        let listing = media.map { "\($0.kind.rawValue) \($0.destination)" }.joined(separator: "\n") + "\n---\n"
        switch frontend.manifest.format {
        case .gamelist:
            let flavour = try #require(GamelistFlavour.named(frontend.manifest.flavour ?? ""))
            return Array(listing.utf8)
                + GamelistFile(flavour: flavour, library: Library(entries: withMedia)).serialized()
        case .launchbox:
            let file = LaunchBoxPlatformFile(
                platform: ExportFixtures.names.platform, library: Library(entries: withMedia))
            return Array(listing.utf8) + file.serialized(utcOffsetMinutes: 0)
        case .template:
            let extras = exporter.renderExtraFiles(entries, media: media, romDirectory: "/roms/snes")
                .flatMap { Array("\n--- \($0.path)\n".utf8) + $0.bytes }
            return Array(listing.utf8) + exporter.renderText(entries, media: media, romDirectory: "/roms/snes") + extras
        }
    }

    @Test(
        "each frontend's output matches its golden file",
        arguments: [
            "es", "esde", "batocera", "launchbox", "pegasus", "attractmode", "retroarch",
        ])
    func golden(name: String) throws {
        let frontend = try ExportFixtures.catalog().frontend(named: name)
        let bytes = try Self.output(of: frontend)
        let golden = ExportFixtures.packageRoot.appendingPathComponent(
            "Tests/RetroMetadataExportTests/Golden/\(name).golden")
        if ProcessInfo.processInfo.environment["RETRO_METADATA_RECORD_GOLDEN"] == "1" {
            try Data(bytes).write(to: golden)
        }
        let expected = try #require(FileManager.default.contents(atPath: golden.path), "missing \(golden.path)")
        #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test("the RetroArch playlist is valid JSON naming every game")
    func retroArchIsJSON() throws {
        let bytes = try Self.output(of: try ExportFixtures.catalog().frontend(named: "retroarch"))
        let text = String(decoding: bytes, as: UTF8.self)
        let json = try #require(text.components(separatedBy: "\n---\n").dropFirst().first)
        let library = try RetroArchPlaylistReader.read(Data(json.utf8), file: "x.lpl")
        #expect(library.entries.map(\.name) == ExportFixtures.library.entries.map(\.name))
        #expect(library.entries.first?.path == "/roms/snes/Super Game (USA).sfc")
    }
}
