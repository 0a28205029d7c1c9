import Foundation
import RetroMetadataExport
import Testing

@Suite("Manifest key multiDisc")
struct MultiDiscManifestTests {
    private func load(adding keys: String) throws -> Frontend {
        let manifest = BrokenTemplateTests.valid.replacingOccurrences(
            of: "\"mediaPathsInMetadata\": false,", with: "\"mediaPathsInMetadata\": false,\n  \(keys)")
        return try FrontendCatalog.loadFrontend(in: try BrokenTemplateTests.folder(manifest: manifest, template: ""))
    }

    @Test("an unknown style is reported at its key")
    func unknownStyle() throws {
        let error = #expect(throws: ExportError.self) { try load(adding: "\"multiDisc\": \"changer\",") }
        #expect(error?.line == 5)
        #expect(error?.description.contains("multiDisc must be m3u or additional-applications") == true)
    }

    @Test("additional applications need a LaunchBox frontend, hidden discs a gamelist")
    func styleNeedsItsFormat() throws {
        #expect(throws: ExportError.self) { try load(adding: "\"multiDisc\": \"additional-applications\",") }
        let error = #expect(throws: ExportError.self) { try load(adding: "\"hideDiscs\": true,") }
        #expect(error?.line == 5)
    }

    @Test("without the key a frontend launches a playlist")
    func defaultIsPlaylist() throws {
        #expect(try load(adding: "").manifest.multiDiscStyle == .m3u)
    }

    @Test("the built-in frontends: playlists, hidden discs where every file is listed, LaunchBox applications")
    func builtIn() throws {
        let catalog = try ExportFixtures.catalog()
        for name in ["es", "esde", "batocera", "pegasus", "attractmode", "retroarch"] {
            #expect(try catalog.frontend(named: name).manifest.multiDiscStyle == .m3u, "\(name)")
        }
        #expect(try catalog.frontend(named: "launchbox").manifest.multiDiscStyle == .additionalApplications)
        let hiding = try ["es", "esde", "batocera"].filter {
            try catalog.frontend(named: $0).manifest.hideDiscs == true
        }
        #expect(hiding == ["es", "esde"])
    }
}
