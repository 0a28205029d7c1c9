import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataTesting
import Testing

@Suite("Artwork download")
struct ArtworkDownloadTests {
    @Test("the same URL fetched twice, even at once, makes one request and one file")
    func sameURLOnce() async throws {
        let scratch = try Scratch()
        let png = TestImage.png(width: 8, height: 4)
        try await withLoopbackServer { server in
            server.on("GET", "/box.png", .media(png).delayed(by: .milliseconds(100)))
            let url = server.baseURL + "/box.png"
            async let first = scratch.store.fetch(url, provider: .screenscraper, kind: .cover)
            async let second = scratch.store.fetch(url, provider: .screenscraper, kind: .cover)
            let (a, b) = try await (first, second)
            let third = try await scratch.store.fetch(url, provider: .screenscraper, kind: .cover)
            #expect(a == b && b == third)
            #expect(server.requests.count == 1)
            #expect(try Data(contentsOf: URL(fileURLWithPath: a.path)) == png)
            #expect(a.path.hasSuffix("/artwork/\(a.sha1.prefix(2))/\(a.sha1.dropFirst(2)).png"))
        }
    }

    @Test("two URLs with identical bytes share one file; the index knows both")
    func identicalBytesOneFile() async throws {
        let scratch = try Scratch()
        let png = TestImage.png(width: 5, height: 5)
        try await withLoopbackServer { server in
            server.on("GET", "/a.png", .media(png))
            server.on("GET", "/b", .media(png, contentType: "application/octet-stream"))
            let a = try await scratch.store.fetch(server.baseURL + "/a.png")
            let b = try await scratch.store.fetch(server.baseURL + "/b")
            #expect(a.sha1 == b.sha1)
            let stats = try scratch.store.statistics()
            #expect(stats.files == 1 && stats.urls == 2 && stats.bytes == Int64(png.count))
        }
    }

    @Test("an HTML page served with status 200 is refused, and nothing is stored")
    func htmlRejected() async throws {
        let scratch = try Scratch()
        try await withLoopbackServer { server in
            server.on("GET", "/page", .htmlErrorPage())
            // An HTML body behind an image Content-Type is caught by its bytes.
            server.on("GET", "/lying.png", .media(Data("<html><body>Login</body></html>".utf8)))
            for path in ["/page", "/lying.png"] {
                let error = await #expect(throws: ArtworkError.self) {
                    try await scratch.store.fetch(server.baseURL + path, kind: .cover)
                }
                #expect(error?.code == .notMedia)
            }
            let stats = try scratch.store.statistics()
            #expect(stats.files == 0)
        }
    }

    @Test("a body over the size limit is refused")
    func oversizeRejected() async throws {
        let scratch = try Scratch(maxBytes: 1000)
        try await withLoopbackServer { server in
            server.on("GET", "/big.png", .media(TestImage.png(width: 100, height: 100)))
            let error = await #expect(throws: ArtworkError.self) {
                try await scratch.store.fetch(server.baseURL + "/big.png")
            }
            #expect(error?.code == .tooLarge)
            #expect(scratch.files(under: scratch.store.root).allSatisfy { $0.hasPrefix("index.sqlite") })
        }
    }

    @Test(
        "file:, ftp:, data: and relative URLs are refused before any request",
        arguments: [
            "file:///etc/passwd", "ftp://example.com/a.png", "data:image/png;base64,iVBORw0KGgo=", "/box.png",
        ])
    func nonHTTPRejected(url: String) async throws {
        let scratch = try Scratch()
        let error = await #expect(throws: ArtworkError.self) { try await scratch.store.fetch(url) }
        #expect(error?.code == .unsupportedScheme)
    }

    @Test("a video kind accepts MP4 bytes and refuses an image; errors never show secrets")
    func kindChecksAndRedaction() async throws {
        let scratch = try Scratch()
        var mp4 = Data([0, 0, 0, 0x18]) + Data("ftypisom".utf8)
        mp4.append(Data(repeating: 0, count: 32))
        try await withLoopbackServer { server in
            server.on("GET", "/v.mp4", .media(mp4, contentType: "video/mp4"))
            server.on("GET", "/still.png", .media(TestImage.png(width: 2, height: 2)))
            server.on("GET", "/gone", FixtureResponse(status: 404))
            let video = try await scratch.store.fetch(server.baseURL + "/v.mp4", kind: .video)
            #expect(video.format == .mp4)
            let wrongKind = await #expect(throws: ArtworkError.self) {
                try await scratch.store.fetch(server.baseURL + "/still.png", kind: .video)
            }
            #expect(wrongKind?.code == .notMedia)
            let missing = await #expect(throws: ArtworkError.self) {
                try await scratch.store.fetch(server.baseURL + "/gone?sspassword=sekrit-password")
            }
            #expect(missing?.code == .httpStatus)
            #expect(missing.map { !"\($0)".contains("sekrit") } == true)
        }
    }
}

@Suite("Artwork download failures")
struct ArtworkDownloadFailureTests {
    @Test("a download cut off by its time limit leaves no file, partial or whole")
    func partialNotLeftBehind() async throws {
        let scratch = try Scratch(timeout: .milliseconds(200))
        try await withLoopbackServer { server in
            server.on("GET", "/slow.png", .media(TestImage.png(width: 64, height: 64)).delayed(by: .seconds(2)))
            let error = await #expect(throws: ArtworkError.self) {
                try await scratch.store.fetch(server.baseURL + "/slow.png")
            }
            #expect(error?.code == .transport)
            #expect(scratch.files(under: scratch.store.root).allSatisfy { $0.hasPrefix("index.sqlite") })
            let stored = try scratch.store.stored(url: server.baseURL + "/slow.png")
            #expect(stored == nil)
        }
    }
}
