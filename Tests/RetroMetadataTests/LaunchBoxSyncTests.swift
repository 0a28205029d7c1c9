import Foundation
import RetroMetadata
import RetroMetadataCore
import RetroMetadataTesting
import RetroMetadataXML
import Testing

@Suite("LaunchBox sync")
struct LaunchBoxSyncTests {
    /// The `<Game>` record holding `id`, as text.
    private func record(_ id: String, in text: String) -> String? {
        text.components(separatedBy: "<Game>").first { $0.contains("<ID>\(id)</ID>") }
    }

    @Test("new ROMs become games, gaps are filled, user edits and unknown content stay")
    func addsAndFills() async throws {
        let fixture = try LaunchBoxSyncFixture()
        let summary = try await fixture.run(fixture.sync())
        let text = fixture.text(fixture.platformFile)
        let file = try LaunchBoxPlatformFile.read(path: fixture.platformFile)
        let added = try #require(file.library.entries.first { $0.name == "New Quest" })
        #expect(added.path == "..\\roms\\snes\\New Quest (USA).sfc")
        #expect(added.launchBoxID == NameBasedUUID.make(name: added.path).uuidString.lowercased())
        #expect(added.summary == "A quest." && added.publisher == "Quest Co")
        #expect(added.field("Platform") == LaunchBoxSyncFixture.platformName)
        #expect(added.field("DateAdded") == "2025-11-24T11:00:00-05:00")
        let edited = try #require(record(LaunchBoxSyncFixture.editedID, in: text))
        #expect(edited.contains("<Title>My Courier</Title>"))
        #expect(edited.contains("<Notes>Deliver the mail.</Notes>"))
        #expect(edited.contains("<Developer>Orbit Works</Developer>"))
        #expect(edited.contains("<Favorite>true</Favorite>") && edited.contains("<PlayCount>5</PlayCount>"))
        #expect(edited.contains("<Emulator>513202f6-e11a-4656-b0a3-8d238dbeda17</Emulator>"))
        #expect(edited.contains("<Wrapper kind=\"x\"><Inner>kept</Inner></Wrapper>"))
        #expect(text.contains(LaunchBoxSyncFixture.drivePathGame), "a game with nothing to fill is left byte for byte")
        #expect(text.contains(LaunchBoxSyncFixture.unknownRecord))
        #expect(text.contains("<SupportLevel>Full</SupportLevel>") && text.contains("<Value>boxed</Value>"))
        let actions = Dictionary(uniqueKeysWithValues: summary.games.map { ($0.id, $0.action) })
        #expect(actions[LaunchBoxSyncFixture.editedID] == "updated")
        #expect(actions[LaunchBoxSyncFixture.drivePathID] == "unchanged")
        #expect(actions[added.launchBoxID ?? ""] == "added")
        let images = fixture.launchBox + "/Images/\(LaunchBoxSyncFixture.platformName)/Box - Front/"
        #expect(FileManager.default.fileExists(atPath: images + "New Quest-01.png"))
        #expect(FileManager.default.fileExists(atPath: images + "My Courier-01.png"), "named after the user's title")
        #expect(summary.media.count == 2)
    }

    @Test("only the media kinds asked for are placed")
    func mediaKindsFilter() async throws {
        let fixture = try LaunchBoxSyncFixture()
        let summary = try await fixture.run(fixture.sync(kinds: [.screenshot]))
        #expect(summary.media.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.launchBox + "/Images"))
        #expect(summary.count("added") == 1)
    }

    @Test("a platform file named by the user is found whatever the case of --platform")
    func userNamedPlatformFile() throws {
        let fixture = try LaunchBoxSyncFixture()
        try fixture.folder.write("LaunchBox/Data/Platforms/My SNES.xml", text: "<LaunchBox />")
        #expect(LaunchBoxSync.platformName(for: "snes", given: "my snes", root: fixture.launchBox) == "My SNES")
        #expect(
            LaunchBoxSync.platformName(for: "snes", given: "snes", root: fixture.launchBox)
                == LaunchBoxSyncFixture.platformName)
    }

    @Test("a second run adds nothing and changes no file")
    func secondRunIsStable() async throws {
        let fixture = try LaunchBoxSyncFixture()
        _ = try await fixture.run(fixture.sync())
        let first = fixture.text(fixture.platformFile)
        let second = try await fixture.run(fixture.sync())
        #expect(fixture.text(fixture.platformFile) == first)
        #expect(second.files.map(\.action) == ["unchanged", "unchanged"])
        #expect(second.count("added") == 0 && second.media.isEmpty)
        #expect(first.components(separatedBy: "<Game>").count - 1 == 4)
    }

    @Test("a missing ROM is marked Broken, and unmarked when it comes back")
    func missingMarkedAndRestored() async throws {
        let fixture = try LaunchBoxSyncFixture()
        let summary = try await fixture.run(fixture.sync())
        #expect(summary.games.first { $0.id == LaunchBoxSyncFixture.goneID }?.action == "marked_missing")
        var file = try LaunchBoxPlatformFile.read(path: fixture.platformFile)
        var gone = try #require(file.library.entries.first { $0.launchBoxID == LaunchBoxSyncFixture.goneID })
        #expect(gone.broken)
        #expect(gone.customFields.map(\.name) == ["Shelf", LaunchBoxSync.missingMarker])
        #expect(fixture.text(fixture.platformFile).contains("<Name>Play Rev 1</Name>"), "never deleted without prune")
        try fixture.folder.write("roms/snes/Gone Game (USA).sfc", [9, 9, 9])
        let again = try await fixture.run(fixture.sync())
        #expect(again.games.first { $0.id == LaunchBoxSyncFixture.goneID }?.action == "restored")
        file = try LaunchBoxPlatformFile.read(path: fixture.platformFile)
        gone = try #require(file.library.entries.first { $0.launchBoxID == LaunchBoxSyncFixture.goneID })
        #expect(!gone.broken)
        #expect(gone.customFields.map(\.name) == ["Shelf"])
    }

    @Test("a game the user marked broken stays broken when its ROM is there")
    func userBrokenFlagStays() async throws {
        let fixture = try LaunchBoxSyncFixture()
        let text = LaunchBoxSyncFixture.platformXML.replacingOccurrences(
            of: "<PlayCount>5</PlayCount>\n    <Broken>false</Broken>",
            with: "<PlayCount>5</PlayCount>\n    <Broken>true</Broken>")
        try fixture.folder.write("LaunchBox/Data/Platforms/\(LaunchBoxSyncFixture.platformName).xml", text: text)
        _ = try await fixture.run(fixture.sync())
        let file = try LaunchBoxPlatformFile.read(path: fixture.platformFile)
        #expect(file.library.entries.first { $0.launchBoxID == LaunchBoxSyncFixture.editedID }?.broken == true)
    }

    @Test("prune removes the game and its linked records, and nothing else")
    func pruneRemovesLinkedRecords() async throws {
        let fixture = try LaunchBoxSyncFixture()
        let summary = try await fixture.run(fixture.sync(prune: true))
        #expect(summary.count("pruned") == 1)
        let text = fixture.text(fixture.platformFile)
        #expect(!text.contains(LaunchBoxSyncFixture.goneID))
        #expect(
            !text.contains("Play Rev 1") && !text.contains("Gone Game Deluxe") && !text.contains("<Value>B2</Value>"))
        #expect(text.contains("<Value>boxed</Value>") && text.contains(LaunchBoxSyncFixture.unknownRecord))
    }

    @Test("the platform is registered in Platforms.xml once, next to the platforms already there")
    func registersPlatformOnce() async throws {
        let fixture = try LaunchBoxSyncFixture()
        let existing = """
            <?xml version="1.0" standalone="yes"?>
            <LaunchBox>
              <Platform>
                <Name>Sega Genesis</Name>
                <Folder />
              </Platform>
              <PlatformCategory>
                <Name>Consoles</Name>
              </PlatformCategory>
            </LaunchBox>

            """
        try fixture.folder.write("LaunchBox/Data/Platforms.xml", text: existing)
        let first = try await fixture.run(fixture.sync())
        #expect(first.files.last?.action == "replace")
        let platforms = try LaunchBoxPlatformsFile.read(path: fixture.platformsFile)
        #expect(platforms.platformNames == ["Sega Genesis", LaunchBoxSyncFixture.platformName])
        #expect(fixture.text(fixture.platformsFile).contains("<Name>Consoles</Name>"))
        let second = try await fixture.run(fixture.sync())
        #expect(second.files.last?.action == "unchanged")
        #expect(try LaunchBoxPlatformsFile.read(path: fixture.platformsFile).platformNames.count == 2)
    }

    @Test("a dry run reports files and fields and writes nothing")
    func dryRunWritesNothing() async throws {
        let fixture = try LaunchBoxSyncFixture()
        let summary = try await fixture.run(fixture.sync(dryRun: true))
        #expect(fixture.text(fixture.platformFile) == LaunchBoxSyncFixture.platformXML)
        #expect(!FileManager.default.fileExists(atPath: fixture.platformsFile))
        #expect(!FileManager.default.fileExists(atPath: fixture.launchBox + "/Images"))
        #expect(!FileManager.default.fileExists(atPath: fixture.platformFile + ".bak"))
        #expect(summary.files.map(\.action) == ["replace", "create"])
        let edited = try #require(summary.games.first { $0.id == LaunchBoxSyncFixture.editedID })
        #expect(edited.filled == ["summary", "developer", "media.cover"])
        #expect(summary.media.count == 2 && summary.dryRun)
    }

    @Test("the first replacement keeps a .bak of the user's file, later ones leave it alone")
    func backupKeptOnce() async throws {
        let fixture = try LaunchBoxSyncFixture()
        _ = try await fixture.run(fixture.sync())
        #expect(fixture.text(fixture.platformFile + ".bak") == LaunchBoxSyncFixture.platformXML)
        try fixture.folder.write("roms/snes/Gone Game (USA).sfc", [9, 9, 9])
        let again = try await fixture.run(fixture.sync())
        #expect(again.files.first?.action == "replace")
        #expect(fixture.text(fixture.platformFile + ".bak") == LaunchBoxSyncFixture.platformXML)
    }

    @Test("an unreadable platform file is an error naming it, and nothing is written")
    func badXMLNamesTheFile() throws {
        let fixture = try LaunchBoxSyncFixture()
        try fixture.folder.write(
            "LaunchBox/Data/Platforms/\(LaunchBoxSyncFixture.platformName).xml", text: "<LaunchBox><Game><ID>")
        #expect {
            _ = try fixture.sync().prepare()
        } throws: { error in
            (error as? LaunchBoxSyncError)?.path == fixture.platformFile
                && "\(error)".contains("\(LaunchBoxSyncFixture.platformName).xml")
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.platformsFile))
    }
}
