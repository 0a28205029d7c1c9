import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import Testing

@Suite("Media paths stay inside the output folder")
struct PathSafetyTests {
    static let hostileNames = [
        "a/b/../../../etc/passwd", "..", ".", "Title: With : Colons", "🎮 Emoji 🎮", String(repeating: "é", count: 200),
        "CON", "nul.txt", "tab\there\u{1}",
    ]

    @Test(
        "every frontend's media path for a hostile name is relative, safe and under 256 bytes per component",
        arguments: ["es", "esde", "batocera", "launchbox", "pegasus", "attractmode", "retroarch"])
    func hostile(frontendName: String) throws {
        let frontend = try ExportFixtures.catalog().frontend(named: frontendName)
        let hostilePlatform = ExportNames(system: "../up", platform: "a/../../b", playlist: "x/..")
        let layout = MediaLayout(manifest: frontend.manifest, names: hostilePlatform)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("safe-\(UUID().uuidString)").path
        for name in Self.hostileNames {
            var entry = LibraryEntry(path: "./" + name + ".zip")
            entry.name = name
            for kind in frontend.manifest.mediaKinds {
                let path = try #require(layout.path(for: kind, entry: entry, ext: "png"))
                let parts = path.split(separator: "/", omittingEmptySubsequences: false)
                #expect(!path.hasPrefix("/"))
                #expect(parts.allSatisfy { !$0.isEmpty && $0 != ".." && $0 != "." && $0.utf8.count <= 255 })
                #expect(parts.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 } })
                let destination = try ArtworkStore.checkedDestination(path, under: root)
                #expect(destination.hasPrefix(root + "/"))
            }
        }
    }

    @Test("LaunchBox and RetroArch replace their forbidden characters")
    func replacements() throws {
        let catalog = try ExportFixtures.catalog()
        var entry = LibraryEntry(path: "./x.zip")
        entry.name = "Link's: A*B?"
        let launchBox = MediaLayout(
            manifest: try catalog.frontend(named: "launchbox").manifest, names: ExportFixtures.names)
        #expect(
            launchBox.path(for: .cover, entry: entry, ext: "PNG")
                == "Images/Super Nintendo Entertainment System/Box - Front/Link_s_ A_B_-01.png")
        let retroArch = MediaLayout(
            manifest: try catalog.frontend(named: "retroarch").manifest, names: ExportFixtures.names)
        #expect(
            retroArch.path(for: .cover, entry: entry, ext: "jpg")
                == "thumbnails/Nintendo - Super Nintendo Entertainment System/Named_Boxarts/Link's_ A_B_.png")
    }

    @Test("ES-DE and Pegasus mirror the ROM's subfolders, with .. made harmless")
    func subfolders() throws {
        let catalog = try ExportFixtures.catalog()
        let esde = MediaLayout(manifest: try catalog.frontend(named: "esde").manifest, names: ExportFixtures.names)
        let pegasus = MediaLayout(
            manifest: try catalog.frontend(named: "pegasus").manifest, names: ExportFixtures.names)
        let nested = LibraryEntry(path: "./NTSC/Game (USA)/Game (USA).cue")
        #expect(
            esde.path(for: .cover, entry: nested, ext: "png")
                == "downloaded_media/snes/covers/NTSC/Game (USA)/Game (USA).png")
        #expect(
            pegasus.path(for: .cover, entry: nested, ext: "jpg") == "snes/media/NTSC/Game (USA)/Game (USA)/boxFront.jpg"
        )
        let climbing = LibraryEntry(path: "./../../etc/x.cue")
        #expect(esde.path(for: .cover, entry: climbing, ext: "png") == "downloaded_media/snes/covers/_/_/etc/x.png")
        let absolute = LibraryEntry(path: "/roms/snes/sub/x.sfc")
        #expect(esde.path(for: .cover, entry: absolute, ext: "png") == "downloaded_media/snes/covers/x.png")
    }

    @Test(
        "device names stay refused however they are padded, and ordinary names pass unchanged",
        arguments: [
            ("CON  .txt", "_CON  .txt"), ("com1.png", "_com1.png"), ("LPT9", "_LPT9"), ("...", "_"),
            ("Super Mario World.png", "Super Mario World.png"), ("CONTRA.png", "CONTRA.png"), ("a/b\\c", "a_b_c"),
            (".hidden", ".hidden"),
        ])
    func deviceNames(name: String, expected: String) {
        #expect(PathSanitizer.component(name) == expected)
    }

    @Test("a title holding placeholder text is used as written, not expanded again")
    func placeholderTextInTitle() throws {
        let launchBox = MediaLayout(
            manifest: try ExportFixtures.catalog().frontend(named: "launchbox").manifest, names: ExportFixtures.names)
        var entry = LibraryEntry(path: "./x.zip")
        entry.name = "Game {ext} {system}"
        #expect(
            launchBox.path(for: .cover, entry: entry, ext: "png")
                == "Images/Super Nintendo Entertainment System/Box - Front/Game {ext} {system}-01.png")
    }
}

