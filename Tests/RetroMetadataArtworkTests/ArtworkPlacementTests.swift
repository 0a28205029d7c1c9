import Foundation
import RetroMetadataArtwork
import RetroMetadataTesting
import Testing

@Suite("Artwork placement and maintenance")
struct ArtworkPlacementTests {
    @Test("placing links the stored file into the destination, replacing what was there")
    func placeByLink() throws {
        let scratch = try Scratch()
        let stored = try scratch.store.store(TestImage.png(width: 3, height: 3), format: .png)
        let root = scratch.folder + "/roms"
        let first = try scratch.store.place(stored, at: "media/covers/Game.png", under: root)
        // A different file already there (written to a new inode, so the store's copy stays intact).
        try Data("old".utf8).write(to: URL(fileURLWithPath: first), options: .atomic)
        let placed = try scratch.store.place(stored, at: "./media/covers/Game.png", under: root)
        #expect(placed == root + "/media/covers/Game.png")
        // Same file system: a hard link, so both names share one inode.
        let inode = { (path: String) in
            try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64
        }
        #expect(try inode(placed) == inode(stored.path))
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: placed)) == Data(contentsOf: URL(fileURLWithPath: stored.path)))
        #expect(scratch.files(under: root) == ["media/covers/Game.png"])
    }

    @Test("destinations outside the root are refused", arguments: ["../escape.png", "/etc/x.png", "a/../../b.png", ""])
    func outsideRootRefused(path: String) throws {
        let scratch = try Scratch()
        let stored = try scratch.store.store(TestImage.png(width: 1, height: 1), format: .png)
        let error = #expect(throws: ArtworkError.self) {
            try scratch.store.place(stored, at: path, under: scratch.folder + "/out")
        }
        #expect(error?.code == .outsideRoot)
    }

    @Test("a symbolic link inside the root that points outside it is not followed")
    func symlinkEscapeRefused() throws {
        let scratch = try Scratch()
        let stored = try scratch.store.store(TestImage.png(width: 1, height: 1), format: .png)
        let root = scratch.folder + "/out"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: scratch.folder)
        let error = #expect(throws: ArtworkError.self) {
            try scratch.store.place(stored, at: "link/x.png", under: root)
        }
        #expect(error?.code == .outsideRoot)
    }

    @Test("pruning removes unreferenced and unknown files and keeps what URLs and kept hashes use")
    func prune() async throws {
        let scratch = try Scratch()
        let loose = try scratch.store.store(TestImage.png(width: 2, height: 2), format: .png)
        let kept = try await withLoopbackServer { server in
            server.on("GET", "/kept.png", .media(TestImage.png(width: 4, height: 4)))
            return try await scratch.store.fetch(server.baseURL + "/kept.png")
        }
        let small = try scratch.store.variant(of: kept, ResizeSpec(maxWidth: 2))
        let stray = scratch.store.root + "/ab/cdef0123.png"
        try FileManager.default.createDirectory(atPath: scratch.store.root + "/ab", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: stray))
        #expect(try scratch.store.statistics().unreferencedFiles == 1)

        let report = try scratch.store.pruneUnreferenced()
        #expect(report.removedFiles == 2)
        #expect(!FileManager.default.fileExists(atPath: loose.path))
        #expect(!FileManager.default.fileExists(atPath: stray))
        #expect(FileManager.default.fileExists(atPath: kept.path) && FileManager.default.fileExists(atPath: small.path))

        try scratch.store.prune(keeping: [])
        #expect(try scratch.store.statistics().files == 0)
    }
}
