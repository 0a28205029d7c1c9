import Foundation
import Testing

@Suite struct InspectCommandTests {
    @Test func jsonShape() throws {
        let output = try CommandRunner.run([
            "inspect", "--json", "Legend of Zelda, The - A Link to the Past (USA) (Rev 1) [!].sfc",
        ])
        #expect(output.status == 0)
        let object = try #require(try output.jsonLines().first)
        #expect(object["input"] as? String == "Legend of Zelda, The - A Link to the Past (USA) (Rev 1) [!].sfc")
        #expect(object["name"] as? String == "Legend of Zelda, The - A Link to the Past")
        #expect(object["extension"] as? String == "sfc")
        #expect(object["region"] as? String == "us")
        #expect(object["regions"] as? [String] == ["us"])
        #expect(object["languages"] as? [String] == [])
        #expect(object["version"] as? String == "Rev 1")
        #expect(object["tags"] as? [String] == ["USA", "Rev 1", "!"])
        #expect(object["disc"] is NSNull)
        #expect(object["bios"] as? Bool == false)
        #expect(object["demo"] as? Bool == false)
        #expect(object["unlicensed"] as? Bool == false)
        #expect(object["search_key"] as? String == "legend of zelda a link to the past")
        #expect(object.count == 13)
    }

    @Test func discFlagsAndNulls() throws {
        let output = try CommandRunner.run([
            "inspect", "--json", "Final Fantasy VII (USA) (Disc 2).chd", "[BIOS] PlayStation (USA).bin", "",
            "(USA) [!]",
        ])
        let objects = try output.jsonLines()
        #expect(objects.count == 4)
        #expect(objects[0]["disc"] as? Int == 2)
        #expect(objects[1]["bios"] as? Bool == true)
        #expect(objects[2]["name"] as? String == "")
        #expect(objects[2]["extension"] is NSNull)
        #expect(objects[2]["region"] is NSNull)
        #expect(objects[3]["name"] as? String == "")
        #expect(objects[3]["tags"] as? [String] == ["USA", "!"])
    }

    @Test func readsStandardInputAndReportsBadLines() throws {
        var input = Data("Super Mario World (USA).sfc\n".utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0x41, 0x0A])
        input.append(Data("Sonic (JUE) [!].md\r\n".utf8))
        let output = try CommandRunner.run(["inspect", "--json"], stdin: input)
        #expect(output.status == 2)
        #expect(output.stderr.contains("line 2"))
        let names = try output.jsonLines().map { $0["name"] as? String }
        #expect(names == ["Super Mario World", "Sonic"])
    }

    @Test func streamsManyNames() throws {
        let count = 100_000
        let input = (0..<count).map { "Game \($0) (USA) [!].sfc" }.joined(separator: "\n")
        let output = try CommandRunner.run(["inspect", "--json"], stdin: Data(input.utf8))
        #expect(output.status == 0)
        #expect(output.lines.count == count)
        #expect(output.lines.last?.contains("\"name\":\"Game 99999\"") == true)
    }

    @Test func humanTable() throws {
        let output = try CommandRunner.run(["inspect", "Chrono Trigger (U) [b1].smc"])
        #expect(output.status == 0)
        #expect(output.lines.first?.hasPrefix("TITLE") == true)
        #expect(output.stdout.contains("Chrono Trigger"))
    }
}
