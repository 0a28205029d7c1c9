import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataTesting
import Testing

@Suite("Artwork resize and convert")
struct ArtworkResizeTests {
    let resizer = VipsImageResizer()

    @Test("an image that fits in the wanted format passes through byte for byte, and gets no new file")
    func passThrough() throws {
        let scratch = try Scratch()
        let png = TestImage.png(width: 300, height: 200)
        let stored = try scratch.store.store(png, format: .png)
        let fits = try scratch.store.variant(of: stored, ResizeSpec(maxWidth: 640, maxHeight: 640, format: .png))
        #expect(fits == stored)
        #expect(try Data(contentsOf: URL(fileURLWithPath: fits.path)) == png)
        #expect(try scratch.store.statistics().files == 1)
    }

    @Test(
        "shrinking keeps the aspect ratio",
        arguments: [[400, 200, 100, 50], [200, 400, 50, 100], [300, 90, 100, 30]])
    func keepsAspect(sizes: [Int]) throws {
        let scratch = try Scratch()
        let expected = (sizes[2], sizes[3])
        let stored = try scratch.store.store(TestImage.png(width: sizes[0], height: sizes[1]), format: .png)
        let small = try scratch.store.variant(of: stored, ResizeSpec(maxWidth: 100, maxHeight: 100))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: small.path))
        #expect(ArtworkFormat.sniff(bytes) == .png)
        let size = try resizer.dimensions(of: bytes)
        #expect(size.width == expected.0 && size.height == expected.1)
    }

    @Test("a small image is never enlarged, only converted when another format is asked")
    func neverUpscales() throws {
        let scratch = try Scratch()
        let stored = try scratch.store.store(TestImage.png(width: 40, height: 30), format: .png)
        let jpeg = try scratch.store.variant(of: stored, ResizeSpec(maxWidth: 640, format: .jpeg))
        #expect(jpeg.format == .jpeg)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: jpeg.path))
        #expect(ArtworkFormat.sniff(bytes) == .jpeg)
        let size = try resizer.dimensions(of: bytes)
        #expect(size.width == 40 && size.height == 30)
    }

    @Test("a variant is made once and remembered by source hash and parameters")
    func variantRemembered() throws {
        let scratch = try Scratch()
        let stored = try scratch.store.store(try TestImage.jpeg(width: 120, height: 60), format: .jpeg)
        let spec = ResizeSpec(maxHeight: 30)
        let first = try scratch.store.variant(of: stored, spec)
        #expect(first.format == .jpeg && first.sha1 != stored.sha1)
        try FileManager.default.removeItem(atPath: stored.path)
        // With the source gone, only the remembered variant can answer.
        #expect(try scratch.store.variant(of: stored, spec) == first)
        #expect(try scratch.store.statistics().variants == 1)
    }

    @Test("a corrupt image is a corrupt-image error naming the file, with a warning logged")
    func corruptImage() throws {
        let scratch = try Scratch()
        var broken = TestImage.png(width: 50, height: 50)
        broken.replaceSubrange(16..<broken.count, with: Data(repeating: 0xAB, count: 100))
        let stored = try scratch.store.store(broken, format: .png)
        let error = #expect(throws: ArtworkError.self) {
            try scratch.store.variant(of: stored, ResizeSpec(maxWidth: 10))
        }
        #expect(error?.code == .corruptImage)
        #expect(error?.subject == stored.path)
        #expect(scratch.logs.all.contains { $0.contains("corrupt image") })
    }

    @Test("format sniffing knows each magic number and nothing else")
    func sniffing() throws {
        #expect(ArtworkFormat.sniff(TestImage.png(width: 1, height: 1)) == .png)
        #expect(ArtworkFormat.sniff(try TestImage.jpeg(width: 2, height: 2)) == .jpeg)
        #expect(ArtworkFormat.sniff(Data("GIF89a\u{1}\u{0}".utf8)) == .gif)
        #expect(ArtworkFormat.sniff(Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == .webp)
        #expect(ArtworkFormat.sniff(Data("%PDF-1.4".utf8)) == .pdf)
        #expect(ArtworkFormat.sniff(Data("<!DOCTYPE html>".utf8)) == nil)
        #expect(ArtworkFormat.sniff(Data([0x89, 0x50])) == nil)
    }
}
