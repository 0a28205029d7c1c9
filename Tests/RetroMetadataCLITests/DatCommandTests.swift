import Foundation
import Testing

@Suite("dat identify: ROM files named from DAT files by their hashes")
struct DatCommandTests {
    /// A folder with one ROM whose digests a DAT lists, one unknown ROM, a good DAT and a broken one.
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "retro-metadata-dat-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Data("retro-metadata dat test rom".utf8).write(to: URL(fileURLWithPath: path + "/known.sfc"))
        try Data("something else".utf8).write(to: URL(fileURLWithPath: path + "/unknown.sfc"))
        let dat = """
            clrmamepro (
            \tname "Test"
            )
            game (
            \tname "Known Game (Europe)"
            \trom ( name "Known Game (Europe).sfc" size 27 crc A25EB0CA md5 7b224727df2b815e33f81a0249f26948 sha1 d2f5eb4c51cca2682fc9de3b5d662133f2e14c36 serial "SNSP-KG" )
            )
            """
        try Data(dat.utf8).write(to: URL(fileURLWithPath: path + "/test.dat"))
        try Data("game (\n\tname \"Broken\"\n\trom ( crc )\n)\n".utf8).write(
            to: URL(fileURLWithPath: path + "/broken.dat"))
        return path
    }

    @Test("each file gets one JSON line with the canonical name, evidence, serial and regions")
    func identifiesAsJSON() throws {
        let path = try folder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CommandRunner.run(
            ["dat", "identify", "--json", "--dat", path + "/test.dat", path + "/known.sfc", path + "/unknown.sfc"],
            environment: ["RETRO_METADATA_DAT_PATHS": nil])
        #expect(result.status == 0)
        #expect(
            result.lines.first == """
                {"file":"\(path)/known.sfc","matched_by":"sha1","member":null,"name":"Known Game (Europe)",\
                "regions":["eu"],"rom":"Known Game (Europe).sfc","serial":"SNSP-KG"}
                """)
        let unknown = try result.jsonLines().last
        #expect(unknown?["name"] is NSNull)
    }

    @Test("a broken DAT is a usage error naming file and line; no DAT at all is one too")
    func errors() throws {
        let path = try folder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let broken = try CommandRunner.run(
            ["dat", "identify", "--dat", path + "/broken.dat", path + "/known.sfc"],
            environment: ["RETRO_METADATA_DAT_PATHS": nil])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("\(path)/broken.dat:3: field 'crc' has no value"))
        let none = try CommandRunner.run(
            ["dat", "identify", path + "/known.sfc"], environment: ["RETRO_METADATA_DAT_PATHS": nil])
        #expect(none.status == 2)
        #expect(none.stderr.contains("RETRO_METADATA_DAT_PATHS"))
    }
}
