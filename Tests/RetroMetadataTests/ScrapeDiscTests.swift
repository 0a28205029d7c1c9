import Foundation
import RetroMetadata
import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataScan
import RetroMetadataTesting
import Testing

/// Answers one hash (by size) and remembers every hash lookup.
private struct DiscHashProvider: HashIdentifying {
    let key = ProviderKey.screenscraper
    let size: Int64
    let answer: Game
    let asked = LookupLog()

    func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] { [] }
    func game(id: String) async throws -> Game? { nil }
    func identify(fileName: String, platformID: Int?) async throws -> Game? { nil }

    func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game? {
        await asked.add(size: hashes.size, fileName: fileName)
        return hashes.size == size ? answer : nil
    }
}

/// The hash lookups a provider saw.
private actor LookupLog {
    var sizes: [Int64] = []
    var fileNames: [String] = []

    func add(size: Int64, fileName: String?) {
        sizes.append(size)
        if let fileName { fileNames.append(fileName) }
    }
}

@Suite("Scrape of multi-disc games")
struct ScrapeDiscTests {
    /// A `psx` folder: a two-disc game (cue sheets and tracks; disc 1's track is 102 bytes, more than its sheet) and a one-disc game.
    private func psx() throws -> (root: TemporaryFolder, folder: String) {
        let root = try TemporaryFolder(label: "discs")
        let folder = try root.folder("psx")
        for disc in 1...2 {
            try root.write(
                "psx/Quest (USA) (Disc \(disc)).cue", text: "FILE \"Quest (USA) (Disc \(disc)).bin\" BINARY\n")
            try root.write("psx/Quest (USA) (Disc \(disc)).bin", [UInt8](repeating: UInt8(disc), count: 100 + 2 * disc))
        }
        try root.write("psx/Solo (USA).chd", [1, 2, 3])
        return (root, folder)
    }

    private func client(_ provider: DiscHashProvider) -> MetadataClient {
        MetadataClient(providers: [ClientProvider(provider, priority: 0)], nameScorer: tableScorer([:]))
    }

    private let quest = Game(
        name: "Quest (USA) (Disc 1)", ids: [.screenscraper: "7"], metadata: GameMetadata(summary: "Two discs."))

    @Test("a folder's discs group into one game; tracks are not games")
    func scanGroups() throws {
        let (root, folder) = try psx()
        let scan = try ScrapeFolder.scan([root.path + "/psx"])
        let found = try #require(scan.folders.first)
        #expect(scan.issues.isEmpty)
        #expect(found.path == folder && found.platform == "psx")
        #expect(found.files.count == 5)
        #expect(found.games.map(\.title) == ["Quest (USA)", "Solo (USA)"])
        #expect(found.games[0].discs.map(\.fileName) == ["Quest (USA) (Disc 1).cue", "Quest (USA) (Disc 2).cue"])
    }

    @Test("the discs are identified once, by the first disc's hash and the name without disc tag")
    func identifiedOnce() async throws {
        let (root, folder) = try psx()
        let provider = DiscHashProvider(size: 102, answer: quest)
        let found = try #require(try ScrapeFolder.scan([root.path + "/psx"]).folders.first)
        let games = try await ScrapeJob().run(
            games: found.games, scanner: RomScanner(), client: client(provider), existing: [:])
        #expect(games.count == 2)
        let game = try #require(games.first)
        #expect(game.identification == .hash)
        #expect(game.entry.path == "./Quest (USA).m3u")
        #expect(game.entry.name == "Quest (USA)")
        #expect(game.entry.summary == "Two discs.")
        #expect(game.path == folder + "/Quest (USA) (Disc 1).cue")
        let discs = try #require(game.discs)
        #expect(discs.discs == [folder + "/Quest (USA) (Disc 1).cue", folder + "/Quest (USA) (Disc 2).cue"])
        #expect(discs.playlist == folder + "/Quest (USA).m3u" && !discs.playlistExists)
        #expect(discs.playlistEntries == ["Quest (USA) (Disc 1).cue", "Quest (USA) (Disc 2).cue"])
        #expect(await provider.asked.sizes == [102, 3])
        #expect(await provider.asked.fileNames == ["Quest (USA).cue", "Solo (USA).chd"])
        #expect(games[1].discs == nil && games[1].entry.path == "./Solo (USA).chd")
    }

    @Test("a user's playlist is the game: its entry, its discs, kept as it is")
    func existingPlaylist() async throws {
        let (root, folder) = try psx()
        try root.write("psx/Quest.m3u", text: "# mine\nQuest (USA) (Disc 1).cue\nQuest (USA) (Disc 2).cue\n")
        let found = try #require(ScrapeFolder.scan([folder]).folders.first)
        #expect(found.games.count == 2)
        let games = try await ScrapeJob().run(
            games: found.games, scanner: RomScanner(), client: client(DiscHashProvider(size: 102, answer: quest)),
            existing: [:])
        let game = try #require(games.first)
        #expect(game.entry.path == "./Quest.m3u")
        #expect(game.path == folder + "/Quest.m3u")
        #expect(game.discs?.playlistExists == true)
        #expect(game.discs?.discs.count == 2)
    }

    @Test("a disc entry's values and flags carry over to the game's entry; a hidden disc entry does not")
    func discEntryCarriesOver() async throws {
        let (root, folder) = try psx()
        defer { withExtendedLifetime(root) {} }
        var mine = LibraryEntry(path: "./Quest (USA) (Disc 1).cue")
        mine.name = "My Quest"
        mine.favorite = true
        let found = try #require(ScrapeFolder.scan([folder]).folders.first)
        let provider = DiscHashProvider(size: 102, answer: quest)
        let games = try await ScrapeJob().run(
            games: found.games, scanner: RomScanner(), client: client(provider),
            existing: ["Quest (USA) (Disc 1).cue": mine])
        #expect(games[0].entry.path == "./Quest (USA).m3u")
        #expect(games[0].entry.name == "My Quest" && games[0].entry.favorite)
        mine.hidden = true
        let again = try await ScrapeJob().run(
            games: found.games, scanner: RomScanner(), client: client(provider),
            existing: ["Quest (USA) (Disc 1).cue": mine])
        #expect(again[0].entry.name == "Quest (USA)" && !again[0].entry.hidden && !again[0].entry.favorite)
    }

    @Test("a folder named Game.m3u belongs to its ROM folder and is one game pointing at that folder")
    func playlistFolder() throws {
        let root = try TemporaryFolder(label: "discs")
        try root.write("psx/Riven.m3u/Riven.m3u", text: "Riven (Disc 1).chd\nRiven (Disc 2).chd\n")
        try root.write("psx/Riven.m3u/Riven (Disc 1).chd", [1])
        try root.write("psx/Riven.m3u/Riven (Disc 2).chd", [2])
        let scan = try ScrapeFolder.scan([root.path + "/psx"])
        #expect(scan.folders.map(\.path) == [root.path + "/psx"])
        let game = try #require(scan.folders.first?.games.first)
        let subject = try #require(ScrapedDiscs(game: game))
        #expect(subject.playlistExists && subject.playlistName == "Riven.m3u")
        #expect(subject.playlistEntries == ["Riven (Disc 1).chd", "Riven (Disc 2).chd"])
    }

    @Test("run over files groups them the same way")
    func filesAreGrouped() async throws {
        let (root, folder) = try psx()
        defer { withExtendedLifetime(root) {} }
        let files = RomFinder(platform: "psx").find(in: [folder]).files
        let games = try await ScrapeJob().run(
            files, scanner: RomScanner(), client: client(DiscHashProvider(size: 102, answer: quest)), existing: [:])
        #expect(games.map(\.entry.path) == ["./Quest (USA).m3u", "./Solo (USA).chd"])
    }
}
