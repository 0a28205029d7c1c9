import Foundation
import RetroMetadataArtwork
import Testing

@Suite("One output root placing many files")
struct OutputRootTests {
    /// A source file holding `text` in a fresh folder, and an output root beside it.
    private static func prepare(_ scratch: Scratch, text: String = "media") throws -> (source: String, root: String) {
        let source = scratch.folder + "/source.png"
        try Data(text.utf8).write(to: URL(fileURLWithPath: source))
        return (source, scratch.folder + "/out")
    }

    private static func inode(_ path: String) throws -> UInt64? {
        try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64
    }

    @Test("files in one folder are linked, an existing one is replaced, and no temporary is left")
    func linksAndReplaces() throws {
        let scratch = try Scratch()
        let (source, root) = try Self.prepare(scratch)
        try FileManager.default.createDirectory(atPath: root + "/covers", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: root + "/covers/b.png"))
        let output = OutputRoot(root)
        for name in ["a", "b", "c"] {
            let placed = try output.placeFile(source, at: "covers/\(name).png", mode: .link)
            #expect(placed == root + "/covers/\(name).png")
            #expect(try Self.inode(placed) == Self.inode(source))
        }
        // Placing the same link again keeps one name.
        try output.placeFile(source, at: "covers/a.png", mode: .link)
        #expect(scratch.files(under: root) == ["covers/a.png", "covers/b.png", "covers/c.png"])
    }

    @Test("copies are independent files and symbolic links point at the source's absolute path")
    func copiesAndSymlinks() throws {
        let scratch = try Scratch()
        let (source, root) = try Self.prepare(scratch, text: "bytes")
        let output = OutputRoot(root)
        let copy = try output.placeFile(source, at: "x/copy.png", mode: .copy)
        #expect(try Self.inode(copy) != Self.inode(source))
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == Data("bytes".utf8))
        let link = try output.placeFile(scratch.folder + "/./source.png", at: "x/link.png", mode: .symlink)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == source)
    }

    @Test("paths are normalised or refused after their folder was checked", arguments: [
        ("covers/./a.png", "covers/a.png"), ("covers//a.png", "covers/a.png"), ("covers/...png", "covers/...png"),
    ])
    func normalised(path: String, expected: String) throws {
        let scratch = try Scratch()
        let output = OutputRoot(scratch.folder + "/out")
        _ = try output.checkedDestination("covers/first.png")
        #expect(try output.checkedDestination(path) == scratch.folder + "/out/" + expected)
        for hostile in ["covers/../../x.png", "/covers/a.png", "covers/a\0.png", "covers/.."] {
            let error = #expect(throws: ArtworkError.self) { try output.checkedDestination(hostile) }
            #expect(error?.code == .outsideRoot)
        }
    }

    @Test("a symbolic link out of the root is refused before and when placing")
    func symlinkOutRefused() throws {
        let scratch = try Scratch()
        let (source, root) = try Self.prepare(scratch)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: scratch.folder)
        let output = OutputRoot(root)
        _ = try output.placeFile(source, at: "inside/a.png", mode: .link)
        let checked = #expect(throws: ArtworkError.self) { try output.checkedDestination("link/deeper/x.png") }
        #expect(checked?.code == .outsideRoot)
        let placed = #expect(throws: ArtworkError.self) { try output.placeFile(source, at: "link/x.png", mode: .link) }
        #expect(placed?.code == .outsideRoot)
        #expect(!FileManager.default.fileExists(atPath: scratch.folder + "/x.png"))
    }
}
