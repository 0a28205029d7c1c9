import Foundation
import RetroMetadata
import RetroMetadataCore
import RetroMetadataScan
import Testing

@Suite("Scrape job")
struct ScrapeJobTests {
    /// A folder with one ROM and the scanner's view of it.
    private func rom() throws -> (folder: URL, files: [RomFile]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrape-job-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data([1, 2, 3, 4]).write(to: folder.appendingPathComponent("Tetris (World).gb"))
        return (folder, RomFinder().find(in: [folder.path]).files)
    }

    private func client(answer: Game?) -> MetadataClient {
        let ss = StubProvider(key: .screenscraper, hashAnswer: answer)
        return MetadataClient(providers: [ClientProvider(ss, priority: 0)], nameScorer: tableScorer(["Tetris": 1]))
    }

    private let found = Game(
        name: "Tetris", ids: [.screenscraper: "5"],
        metadata: GameMetadata(summary: "Falling blocks.", developer: "Bullet-Proof"))

    private var edited: LibraryEntry {
        var entry = LibraryEntry(path: "./Tetris (World).gb")
        entry.name = "My Tetris"
        entry.favorite = true
        entry.playCount = 9
        return entry
    }

    @Test("gaps are filled, the user's values and flags kept")
    func fillsGaps() async throws {
        let (folder, files) = try rom()
        defer { try? FileManager.default.removeItem(at: folder) }
        let games = try await ScrapeJob().run(
            files, scanner: RomScanner(), client: client(answer: found), existing: ["Tetris (World).gb": edited])
        let game = try #require(games.first)
        #expect(game.identification == .hash)
        #expect(game.entry.name == "My Tetris")
        #expect(game.entry.summary == "Falling blocks.")
        #expect(game.entry.favorite && game.entry.playCount == 9)
        #expect(game.filledFields == ["summary", "developer"])
    }

    @Test("refresh takes the provider's values but keeps flags and play data")
    func refreshReplaces() async throws {
        let (folder, files) = try rom()
        defer { try? FileManager.default.removeItem(at: folder) }
        let games = try await ScrapeJob(refresh: true).run(
            files, scanner: RomScanner(), client: client(answer: found), existing: ["Tetris (World).gb": edited])
        let game = try #require(games.first)
        #expect(game.entry.name == "Tetris")
        #expect(game.entry.favorite && game.entry.playCount == 9)
    }

    @Test("an unknown ROM keeps its entry and is not found")
    func notFound() async throws {
        let (folder, files) = try rom()
        defer { try? FileManager.default.removeItem(at: folder) }
        let games = try await ScrapeJob().run(files, scanner: RomScanner(), client: client(answer: nil), existing: [:])
        #expect(games.map(\.identification) == [.notFound])
        #expect(games.first?.entry.path == "./Tetris (World).gb")
        #expect(games.first?.entry.name == nil)
    }
}
