import Foundation
import FoundationXML
import RetroMetadataTesting
import Testing

/// `scrape` killed with SIGKILL while it writes: every frontend file is the old one or the whole new one, never a
/// piece, and the next run finishes the job and removes the temporary files the killed one left.
@Suite(.serialized) struct ScrapeInterruptionTests {
    static let count = 3000
    let root: TemporaryFolder

    init() throws {
        root = try TemporaryFolder(label: "scrape-kill")
        try root.folder("dat")
        try root.write("roms/snes/gamelist.xml", text: Self.gamelist(developers: false))
        for number in 0..<Self.count {
            try root.write("roms/snes/\(Self.name(number)).sfc", Array("rom \(number)".utf8))
        }
    }

    static func name(_ number: Int) -> String { "Game \(String(format: "%05d", number)) (USA)" }

    /// The ROM folder's own gamelist: every game with a name and a long description, with developers or not.
    static func gamelist(developers: Bool) -> String {
        let summary = String(repeating: "A long description of the game. ", count: 20)
        let games = (0..<count).map { number in
            "<game><path>./\(name(number)).sfc</path><name>\(name(number))</name><desc>\(summary)</desc>"
                + (developers ? "<developer>Studio \(number)</developer>" : "") + "</game>"
        }
        return "<?xml version=\"1.0\"?>\n<gameList>\n" + games.joined(separator: "\n") + "\n</gameList>\n"
    }

    /// The frontend files a scrape writes, relative to the output folder.
    static let outputs = [
        "snes/gamelist.xml", "gamelists/snes/gamelist.xml",
        "Data/Platforms/Super Nintendo Entertainment System.xml", "Data/Platforms.xml",
    ]

    var arguments: [String] {
        [
            "scrape", root.path + "/roms/snes", "--providers", "dat", "--state-dir", root.path + "/state",
            "--frontend", "es", "--frontend", "esde", "--frontend", "launchbox", "--output", root.path + "/out",
        ]
    }

    var environment: [String: String?] {
        ["XDG_CONFIG_HOME": root.path, "RETRO_METADATA_CACHE_URL": nil, "RETRO_METADATA_DAT_PATHS": root.path + "/dat"]
    }

    func contents() -> [String: Data] {
        var found: [String: Data] = [:]
        for path in Self.outputs { found[path] = FileManager.default.contents(atPath: root.path + "/out/" + path) }
        return found
    }

    /// Temporary files in the folders holding the outputs.
    func partialFiles() -> [String] {
        Set(Self.outputs.map { (root.path + "/out/" + $0 as NSString).deletingLastPathComponent }).flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".partial-") }
        }
    }

    @Test func killsWhileWritingLeaveOldOrWholeNewFiles() throws {
        let setup = try CommandRunner.run(arguments, environment: environment)
        #expect(setup.status == 0, "\(setup.stderr)")
        let old = contents()
        #expect(old.count == Self.outputs.count)
        try root.write("roms/snes/gamelist.xml", text: Self.gamelist(developers: true))
        // A leftover of an earlier killed run, older than the next run.
        let stale = try root.write("out/snes/.partial-gamelist.xml-AbC123", Array("<gameList><ga".utf8))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: stale)

        // Kill points: as soon as a temporary file shows, after one and after two files were replaced, at once.
        var seen: [[String: Data]] = []
        for point in 0..<4 {
            let before = contents()
            let running = try RunningCommand(arguments, environment: environment)
            switch point {
            case 0: running.wait { partialFiles().contains { $0 != ".partial-gamelist.xml-AbC123" } }
            case 1, 2: running.wait { contents().filter { before[$0.key] != $0.value }.count >= point }
            default: break
            }
            running.kill()
            let now = contents()
            for (path, data) in now { #expect(Self.isWellFormed(data), "\(path) is not whole after kill \(point)") }
            seen.append(now)
        }

        let final = try CommandRunner.run(arguments, environment: environment)
        #expect(final.status == 0, "\(final.stderr)")
        let new = contents()
        for snapshot in seen {
            for (path, data) in snapshot {
                #expect(data == old[path] || data == new[path], "\(path) was neither the old nor the new file")
            }
        }
        let gamelist = String(decoding: try #require(new["snes/gamelist.xml"]), as: UTF8.self)
        #expect(gamelist.contains("<developer>Studio 2999</developer>"))
        #expect(partialFiles().isEmpty, "\(partialFiles())")
    }

    /// Whether `data` parses as XML with a root element holding at least one child.
    static func isWellFormed(_ data: Data) -> Bool {
        guard let document = try? XMLDocument(data: data) else { return false }
        return (document.rootElement()?.childCount ?? 0) > 0
    }
}
