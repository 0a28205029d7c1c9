import Foundation
import Logging

extension ArtworkStore {
    /// `artwork` as `spec` asks: the same file when it already fits and has the wanted format (no re-encode),
    /// else a resized or converted copy, stored content-addressed and remembered so it is made once.
    ///
    /// Videos and documents always pass through. Throws `corruptImage` (and logs a warning naming the file)
    /// for an image libvips cannot read.
    public func variant(of artwork: StoredArtwork, _ spec: ResizeSpec) throws(ArtworkError) -> StoredArtwork {
        guard artwork.format.isImage, spec != .original else { return artwork }
        if let known = try index.variant(of: artwork.sha1, spec: spec.key), let stored = try stored(sha1: known) {
            return stored
        }
        guard let bytes = FileManager.default.contents(atPath: artwork.path) else {
            throw .io("cannot read stored file", file: artwork.path)
        }
        let shaped: (bytes: Data, format: ArtworkFormat)
        do {
            shaped = try ImageShaper(resizer: resizer).shape(bytes, spec)
        } catch {
            logger.warning("corrupt image", metadata: ["file": "\(artwork.path)", "error": "\(error.message)"])
            throw .corruptImage(error.message, subject: artwork.path)
        }
        let made = shaped.bytes == bytes ? artwork : try store(shaped.bytes, format: shaped.format)
        try index.addVariant(of: artwork.sha1, spec: spec.key, sha1: made.sha1)
        return made
    }
}
