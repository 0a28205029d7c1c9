import RetroMetadata
import RetroMetadataCore
import Testing

@Suite("LaunchBox application paths and game matching")
struct LaunchBoxApplicationPathTests {
    @Test("relative Windows paths resolve against the LaunchBox folder; drive paths and URLs do not resolve")
    func resolve() {
        #expect(
            LaunchBoxApplicationPath.resolve("..\\roms\\snes\\x.sfc", root: "/home/a/LaunchBox")
                == "/home/a/roms/snes/x.sfc")
        #expect(LaunchBoxApplicationPath.resolve("Games\\SNES\\x.sfc", root: "/lb") == "/lb/Games/SNES/x.sfc")
        #expect(LaunchBoxApplicationPath.resolve("/srv/roms/x.sfc", root: "/lb") == "/srv/roms/x.sfc")
        #expect(LaunchBoxApplicationPath.resolve("F:\\Games\\x.sfc", root: "/lb") == nil)
        #expect(LaunchBoxApplicationPath.resolve("steam://rungameid/1", root: "/lb") == nil)
        #expect(LaunchBoxApplicationPath.resolve("", root: "/lb") == nil)
    }

    @Test("paths are written relative to the LaunchBox folder with backslashes")
    func relative() {
        #expect(
            LaunchBoxApplicationPath.relative("/home/a/roms/snes/x.sfc", to: "/home/a/LaunchBox")
                == "..\\roms\\snes\\x.sfc")
        #expect(LaunchBoxApplicationPath.relative("/lb/Games/x.sfc", to: "/lb") == "Games\\x.sfc")
        #expect(
            LaunchBoxApplicationPath.resolve(
                LaunchBoxApplicationPath.relative("/a/b/c.sfc", to: "/x/y"), root: "/x/y") == "/a/b/c.sfc")
    }

    @Test("a ROM takes the game its path names before another ROM of the same name can take it by name")
    func pathBeforeName() {
        let entries = [
            LibraryEntry(path: "F:\\Other\\x.sfc"),
            LibraryEntry(path: "..\\roms\\b\\X.SFC"),
        ]
        var index = LaunchBoxGameIndex(entries: entries, root: "/lb")
        #expect(index.match(["/roms/a/x.sfc", "/roms/b/X.SFC", "/roms/c/x.sfc"]) == [0, 1, nil])
        #expect(index.untaken(count: 2).isEmpty)
    }
}
