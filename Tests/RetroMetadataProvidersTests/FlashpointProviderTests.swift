import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataSQLite
import RetroMetadataTesting
import Testing

@Suite("Flashpoint: the local flashpoint.sqlite and the online search API")
struct FlashpointProviderTests {
    static let duckID = "21ed7be1-1eac-4b62-adb6-0a88ae1fa2ac"

    /// A `flashpoint.sqlite`-shaped database (newer schema: `platformName`, `tagsStr`) written by the test.
    func database(in folder: LocalFolder) throws -> String {
        let path = folder.path + "/flashpoint.sqlite"
        let database = try SQLiteDatabase(path: path)
        try database.execute(
            """
            PRAGMA journal_mode = DELETE;
            CREATE TABLE game (id VARCHAR PRIMARY KEY, parentGameId VARCHAR, title VARCHAR, alternateTitles VARCHAR,
              series VARCHAR, developer VARCHAR, publisher VARCHAR, platformName VARCHAR, playMode VARCHAR,
              releaseDate VARCHAR, language VARCHAR, notes VARCHAR, originalDescription VARCHAR, library VARCHAR,
              tagsStr VARCHAR);
            """)
        let rows: [[SQLiteValue]] = [
            [
                .text(Self.duckID), "Duck Race Deluxe", "Duckrace Deluxe", "Duck Race", "Pond Games", "Bubble Pub",
                "Flash", "Single Player", "2010-07-13", "en", "", "Train a duck and race it.", "arcade",
                "Simulation; Avian",
            ],
            [
                "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9", "Frog Jump", nil, nil, "Pond Games", nil, "HTML5", nil, "2015",
                nil, nil, nil, "arcade", "Platformer",
            ],
        ]
        for row in rows {
            try database.run(
                """
                INSERT INTO game (id, title, alternateTitles, series, developer, publisher, platformName, playMode,
                  releaseDate, language, notes, originalDescription, library, tagsStr)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, row)
        }
        return path
    }

    func provider(databasePath: String?, baseURL: String? = nil) throws -> any MetadataProvider {
        var settings = ProviderSettings(baseURL: baseURL)
        settings.options["database_path"] = databasePath
        return try FlashpointProvider.descriptor.makeProvider(
            settings: settings, environment: ProviderEnvironment(logger: Logger(label: "test")))
    }

    @Test("a local database is searched, fetched by id and identified without the network, read-only")
    func localDatabase() async throws {
        let folder = try LocalFolder()
        let path = try database(in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // An unreachable base URL proves nothing goes to the network.
        let provider = try provider(databasePath: path, baseURL: "http://127.0.0.1:9")
        let results = try await provider.search("duck race deluxe", platformID: nil, limit: 5)
        #expect(results.map(\.id) == [Self.duckID])
        #expect(results.first?.platforms == ["Flash"])
        #expect(results.first?.releaseYear == 2010)
        let game = try #require(try await provider.game(id: Self.duckID))
        #expect(game.metadata.genres == ["Simulation", "Avian"])
        #expect(game.metadata.franchises == ["Duck Race"])
        #expect(game.metadata.companies == ["Pond Games", "Bubble Pub"])
        #expect(game.metadata.releaseDate == GameDate(year: 2010, month: 7, day: 13))
        #expect(
            game.firstAsset(.cover)?.url == "https://infinity.unstable.life/images/Logos/21/ed/\(Self.duckID)?type=jpg")
        let byName = try await provider.identify(fileName: "Duckrace Deluxe.swf", platformID: nil)
        #expect(byName?.ids[.flashpoint] == Self.duckID)
        #expect(byName?.match?.type == .name)
        let tagged = try await provider.identify(fileName: "Anything (fp-\(Self.duckID)).swf", platformID: nil)
        #expect(tagged?.match?.type == .idTag)
        #expect(try await provider.identify(fileName: "Tetris (USA).nes", platformID: nil) == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a file that is not a Flashpoint database is a configuration error")
    func notFlashpoint() throws {
        let folder = try LocalFolder()
        let path = folder.path + "/other.sqlite"
        try SQLiteDatabase(path: path).execute("CREATE TABLE other (x)")
        let error = #expect(throws: ProviderError.self) { try provider(databasePath: path) }
        #expect(error?.code == .configuration)
    }

    @Test("online: search skips entries without an id and accepts tags as text")
    func online() async throws {
        try await withLoopbackServer { server in
            server.on(FixtureRoute("GET", "/search"), try Fixtures.json("flashpoint/search.json"))
            let provider = try provider(databasePath: nil, baseURL: server.baseURL)
            let results = try await provider.search("paper plane", platformID: nil, limit: 10)
            #expect(results.map(\.name) == ["Paper Plane Rally", "Paper Plane Rally 2"])
            #expect(results.last?.platforms == ["HTML5"])
            let request = try #require(server.requests.first)
            #expect(request.queryValue("smartSearch") == "paper plane")
            #expect(request.queryValue("filter") == "false")
            let sequel = try await provider.game(id: "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
            #expect(sequel?.metadata.genres == ["Racing", "Sequel"])
        }
    }

    @Test("the reference API answer decodes")
    func referenceAnswer() async throws {
        for body in Fixtures.referenceBodies("flashpoint", matching: ["search"]) {
            try await withLoopbackServer { server in
                server.on(FixtureRoute("GET", "/search"), try FixtureResponse.jsonFile(body.path))
                let provider = try provider(databasePath: nil, baseURL: server.baseURL)
                let results = try await provider.search("x", platformID: nil, limit: 5)
                #expect(!results.isEmpty)
            }
        }
    }
}
