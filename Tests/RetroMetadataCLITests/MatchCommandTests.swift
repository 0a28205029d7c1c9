import Foundation
import Testing

@Suite struct MatchCommandTests {
    @Test func jsonShape() throws {
        let output = try CommandRunner.run([
            "match", "--json", "Super Mario Wrld", "Super Mario World", "Super Mario Bros", "Super Mario Kart",
        ])
        #expect(output.status == 0)
        let object = try #require(try output.jsonLines().first)
        #expect(object["query"] as? String == "Super Mario Wrld")
        let best = try #require(object["best"] as? [String: Any])
        #expect(best["candidate"] as? String == "Super Mario World")
        #expect(abs((best["score"] as? Double ?? 0) - 0.995386) < 0.000001)
        let scores = try #require(object["scores"] as? [[String: Any]])
        #expect(
            scores.map { $0["candidate"] as? String } == ["Super Mario World", "Super Mario Bros", "Super Mario Kart"])
        #expect(abs((scores[1]["score"] as? Double ?? 0) - 0.96875) < 0.000001)
    }

    @Test func tiesGoToTheEarlierCandidate() throws {
        let output = try CommandRunner.run(["match", "--json", "Mario 5", "Mario 3", "Mario 4"])
        let best = try #require(try output.jsonLines().first?["best"] as? [String: Any])
        #expect(best["candidate"] as? String == "Mario 3")
    }

    @Test func noBestBelowMinScore() throws {
        let output = try CommandRunner.run(["match", "--json", "--min-score", "0.99", "Tetris", "Doom", "Tetris 2"])
        let object = try #require(try output.jsonLines().first)
        #expect(object["best"] is NSNull)
        #expect((object["scores"] as? [Any])?.count == 2)
    }

    @Test func badMinScoreIsUsageError() throws {
        let output = try CommandRunner.run(["match", "--min-score", "1.5", "a", "b"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--min-score"))
    }

    @Test func missingCandidatesIsUsageError() throws {
        #expect(try CommandRunner.run(["match", "Tetris"]).status == 2)
    }

    @Test func humanTable() throws {
        let output = try CommandRunner.run(["match", "Zelda", "The Legend of Zelda", "Zelda II"])
        #expect(output.status == 0)
        #expect(output.lines.first?.hasPrefix("CANDIDATE") == true)
        #expect(output.stdout.contains("0.937500"))
    }
}
