import Foundation
import RetroMetadataCore
import RetroMetadataTesting
import Testing

@testable import RetroMetadataScan

@Suite struct RomGrouperTests {
    static func games(in folder: TemporaryFolder) -> RomGrouper.Result {
        RomGrouper().group(RomFinder(platform: "psx").find(in: [folder.path]).files)
    }

    static func relative(_ files: [RomFile], _ folder: TemporaryFolder) -> [String] {
        files.map { String($0.path.dropFirst(folder.path.count + 1)) }
    }

    @Test func discTagsMakeOneGame() throws {
        let folder = try TemporaryFolder()
        for name in ["FF7 (USA) (Disc 2).chd", "FF7 (USA) (Disc 1).chd", "FF7 (USA) (Disc 3).chd", "Other (USA).chd"] {
            try folder.write(name, text: "x")
        }
        let result = RomGrouperTests.games(in: folder)
        #expect(result.games.map(\.title) == ["FF7 (USA)", "Other (USA)"])
        #expect(
            RomGrouperTests.relative(result.games[0].discs, folder) == [
                "FF7 (USA) (Disc 1).chd", "FF7 (USA) (Disc 2).chd", "FF7 (USA) (Disc 3).chd",
            ])
        #expect(result.issues.isEmpty)
    }

    @Test func cueSheetClaimsItsTracks() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "Game (Disc 1).cue",
            text: """
                FILE "Game (Disc 1) (Track 1).bin" BINARY
                  TRACK 01 MODE2/2352
                    INDEX 01 00:00:00
                FILE "Game (Disc 1) (Track 2).bin" BINARY
                  TRACK 02 AUDIO
                """)
        try folder.write(
            "Game (Disc 2).cue", text: "\u{FEFF}FILE Game2.bin BINARY\r\n  TRACK 01 MODE2/2352\r\n")
        for name in ["Game (Disc 1) (Track 1).bin", "Game (Disc 1) (Track 2).bin", "Game2.bin"] {
            try folder.write(name, text: "x")
        }
        let result = RomGrouperTests.games(in: folder)
        #expect(result.games.count == 1)
        #expect(RomGrouperTests.relative(result.games[0].discs, folder) == ["Game (Disc 1).cue", "Game (Disc 2).cue"])
        #expect(
            RomGrouperTests.relative(result.games[0].files, folder) == [
                "Game (Disc 1).cue", "Game (Disc 1) (Track 1).bin", "Game (Disc 1) (Track 2).bin",
                "Game (Disc 2).cue", "Game2.bin",
            ])
    }

    @Test func gdiClaimsItsTracks() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "Shenmue.gdi",
            text: """
                3
                1 0 4 2352 track01.bin 0
                2 756 0 2352 "track 02.wav" 0
                3 45000 4 2352 track03.bin 0
                """)
        for name in ["track01.bin", "track 02.wav", "track03.bin"] { try folder.write(name, text: "x") }
        // The finder skips the .wav track; the sheet still claims it.
        let result = RomGrouper().group(RomFinder(platform: "dc").find(in: [folder.path]).files)
        #expect(result.games.map(\.title) == ["Shenmue"])
        #expect(result.games[0].files.count == 4)
        #expect(result.issues.isEmpty)
    }

    @Test func badGdiIsReportedWithItsLine() {
        #expect(throws: ScanError.self) {
            try DiscSheet.gdiTracks("3\n1 0 4 2352 track01.bin 0\nnonsense\n", path: "x.gdi")
        }
        let error = scanError { () throws(ScanError) in
            try DiscSheet.gdiTracks("2\n1 0 4 2352 a.bin 0\n", path: "x.gdi")
        }
        #expect(error?.code == .invalidPlaylist)
    }

    @Test func playlistClaimsDiscsAndReportsMissingOnes() throws {
        let folder = try TemporaryFolder()
        try folder.write("Game.m3u", text: "# discs\nGame (Disc 1).chd\n\nGame (Disc 2).chd\nGame (Disc 3).chd\n")
        for name in ["Game (Disc 1).chd", "Game (Disc 2).chd"] { try folder.write(name, text: "x") }
        let result = RomGrouperTests.games(in: folder)
        #expect(result.games.count == 1)
        #expect(RomGrouperTests.relative([result.games[0].primary], folder) == ["Game.m3u"])
        #expect(result.games[0].files.count == 3)
        #expect(result.issues.map(\.code) == [.notFound])
    }

    @Test func playlistFolderIsOneGame() throws {
        let folder = try TemporaryFolder()
        try folder.write("Riven.m3u/Riven.m3u", text: "Riven (Disc 1).chd\nRiven (Disc 2).chd\n")
        try folder.write("Riven.m3u/Riven (Disc 1).chd", text: "x")
        try folder.write("Riven.m3u/Riven (Disc 2).chd", text: "x")
        let result = RomGrouperTests.games(in: folder)
        #expect(result.games.map(\.title) == ["Riven"])
        #expect(result.games[0].discs.count == 2)
        #expect(result.games[0].files.count == 3)
    }

    @Test func playlistRoundTripsAtomically() throws {
        let folder = try TemporaryFolder()
        for name in ["Game (Disc 1).chd", "Game (Disc 2).chd"] { try folder.write(name, text: "x") }
        let game = RomGrouperTests.games(in: folder).games[0]
        let playlist = M3UPlaylist(game: game, relativeTo: folder.path)
        let path = folder.path + "/Game.m3u"
        try folder.write("Game.m3u", text: "old contents that are longer than the new ones\n")
        try playlist.write(to: path)
        #expect(try M3UPlaylist.read(at: path) == playlist)
        #expect(playlist.entries == ["Game (Disc 1).chd", "Game (Disc 2).chd"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".partial-") }
        #expect(leftovers.isEmpty)
    }

    @Test func writingWhereNoFolderCanBeMadeFails() {
        let error = scanError { () throws(ScanError) in
            try M3UPlaylist(entries: ["a"]).write(to: "/dev/null/x.m3u")
        }
        #expect(error?.code == .writeFailed)
    }

    @Test(arguments: [
        ("Game (USA) (Disc 2 of 3) (Rev 1).chd", "Game (USA) (Rev 1)"),
        ("Riven [Disk 4].iso", "Riven"),
        ("Plain (USA).chd", "Plain (USA)"),
    ])
    func titleLosesOnlyTheDiscTag(name: String, title: String) {
        #expect(RomGrouper.title(of: name, removingDisc: true) == title)
    }
}
