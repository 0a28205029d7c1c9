import Foundation
import RetroMetadataCore
import RetroMetadataTesting
import Testing

@testable import RetroMetadataScan

@Suite struct RomFinderTests {
    static func names(_ result: RomFinder.Result, under folder: TemporaryFolder) -> [String] {
        result.files.map { String($0.path.dropFirst(folder.path.count + 1)) }
    }

    @Test func findsPlatformFilesAndSkipsTheRest() throws {
        let folder = try TemporaryFolder()
        for name in [
            "Super Mario World (USA).sfc", "Zelda.smc", "Pack.zip", "sub/deeper/Kirby.SFC", "notes.txt",
            "gamelist.xml", ".hidden.sfc", "images/Zelda-image.sfc", "downloaded_media/covers/x.sfc",
            "media/snap.sfc", "manuals/a.sfc", "game.nes",
        ] {
            try folder.write(name, text: "x")
        }
        let result = RomFinder(platform: "snes").find(in: [folder.path])
        #expect(
            RomFinderTests.names(result, under: folder) == [
                "Pack.zip", "Super Mario World (USA).sfc", "Zelda.smc", "sub/deeper/Kirby.SFC",
            ])
        #expect(result.issues.isEmpty)
    }

    @Test func unknownPlatformUsesTheGenerousDefault() throws {
        let folder = try TemporaryFolder()
        for name in ["a.nes", "b.iso", "c.txt", "d.gba"] { try folder.write(name, text: "x") }
        let result = RomFinder(platform: "no-such-platform").find(in: [folder.path])
        #expect(RomFinderTests.names(result, under: folder) == ["a.nes", "b.iso", "d.gba"])
    }

    @Test func withoutPlatformEveryRomLikeFileCounts() throws {
        let folder = try TemporaryFolder()
        for name in ["a.weird", "b", "c.png", "gamelist.xml", "d.sav"] { try folder.write(name, text: "x") }
        let result = RomFinder().find(in: [folder.path])
        #expect(RomFinderTests.names(result, under: folder) == ["a.weird", "b"])
    }

    @Test func symbolicLinkLoopsEnd() throws {
        let folder = try TemporaryFolder()
        try folder.write("roms/a.nes", text: "x")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/roms/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/roms/self", withDestinationPath: ".")
        let result = RomFinder(platform: "nes").find(in: [folder.path])
        #expect(RomFinderTests.names(result, under: folder) == ["roms/a.nes"])
    }

    @Test func brokenLinkIsReportedAndTheScanGoesOn() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.nes", text: "x")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/b.nes", withDestinationPath: "missing.nes")
        try folder.write("c.nes", text: "x")
        let result = RomFinder(platform: "nes").find(in: [folder.path])
        #expect(RomFinderTests.names(result, under: folder) == ["a.nes", "c.nes"])
        #expect(result.issues.map(\.path) == [folder.path + "/b.nes"])
        #expect(result.issues.first?.code == .notFound)
    }

    // Root reads everything whatever the mode bits, so this only means something for other users.
    @Test(.enabled(if: getuid() != 0))
    func unreadableFolderIsReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("locked/a.nes", text: "x")
        try folder.write("open/b.nes", text: "x")
        chmod(folder.path + "/locked", 0)
        defer { chmod(folder.path + "/locked", 0o755) }
        let result = RomFinder(platform: "nes").find(in: [folder.path])
        #expect(RomFinderTests.names(result, under: folder) == ["open/b.nes"])
        #expect(result.issues.map(\.code) == [.unreadable])
    }

    @Test func filesInPlaylistFoldersKnowTheirFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("Game.m3u/Game (Disc 1).chd", text: "x")
        try folder.write("Other.chd", text: "x")
        let result = RomFinder(platform: "psx").find(in: [folder.path])
        #expect(result.files.map(\.playlistFolder) == [folder.path + "/Game.m3u", nil])
    }

    @Test func specialFilesAreNeverOpened() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/pipe.nes"
        #expect(mkfifo(fifo, 0o644) == 0)
        try folder.write("a.nes", text: "x")
        #expect(RomFinderTests.names(RomFinder(platform: "nes").find(in: [folder.path]), under: folder) == ["a.nes"])
        #expect(RomFinder().find(in: [fifo]).issues.map(\.code) == [.unreadable])
    }

    @Test func fileArgumentsAreTakenAsIs() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("readme.txt", text: "x")
        let result = RomFinder(platform: "snes").find(in: [path, folder.path + "/missing.sfc"])
        #expect(result.files.map(\.path) == [path])
        #expect(result.issues.map(\.code) == [.notFound])
    }
}
