import Foundation
import RetroMetadataCore

/// A media file format recognised from its first bytes, never from a name or a header alone.
public enum ArtworkFormat: String, Codable, Sendable, CaseIterable {
    case png, jpeg, gif, webp, mp4, pdf

    /// The file extension used in the store and by exporters.
    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }

    /// Whether this is a still image libvips can decode.
    public var isImage: Bool { self != .mp4 && self != .pdf }

    /// Recognises `bytes` by their magic number, or `nil` for anything else (HTML, JSON, truncated data).
    public static func sniff(_ bytes: Data) -> ArtworkFormat? {
        let head = [UInt8](bytes.prefix(16))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("ftyp".utf8), at: 4) { return .mp4 }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        return nil
    }

    /// The formats an asset of `kind` may have: images for image kinds, MP4 for videos, PDF or images for manuals.
    public static func accepted(for kind: MediaKind?) -> Set<ArtworkFormat> {
        switch kind {
        case .video: [.mp4]
        case .manual: [.pdf, .png, .jpeg, .gif, .webp]
        case .none: Set(allCases)
        default: [.png, .jpeg, .gif, .webp]
        }
    }

    /// Whether a `Content-Type` value may carry a media file; text, HTML and JSON may not.
    static func contentTypeAllowed(_ value: String?) -> Bool {
        guard let value else { return true }
        let type = value.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if type.isEmpty || type.hasPrefix("image/") || type.hasPrefix("video/") { return true }
        return ["application/pdf", "application/octet-stream", "binary/octet-stream"].contains(type)
    }
}
