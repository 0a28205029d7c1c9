/// A header that dumpers or emulators put before a ROM's data, which DATs and providers leave out.
struct HeaderRule: Sendable {
    /// What the rule is called in messages.
    let name: String
    /// Bytes removed from the front.
    let length: Int
    /// Whether a file starting with `prefix`, of `size` bytes (when known) with `fileExtension`, has the header.
    let matches: @Sendable (_ prefix: UnsafeRawBufferPointer, _ size: Int64?, _ fileExtension: String) -> Bool

    /// The bytes needed at the front of a file to decide every rule.
    static let decisionLength = 512

    /// Every known header, tried in order; the first match wins.
    static let all: [HeaderRule] = [
        HeaderRule(name: "iNES", length: 16) { prefix, _, _ in starts(prefix, with: [0x4E, 0x45, 0x53, 0x1A], at: 0) },
        HeaderRule(name: "fwNES FDS", length: 16) { prefix, _, _ in
            starts(prefix, with: [0x46, 0x44, 0x53, 0x1A], at: 0)
        },
        HeaderRule(name: "Atari 7800", length: 128) { prefix, _, _ in
            starts(prefix, with: Array("ATARI7800".utf8), at: 1)
        },
        HeaderRule(name: "Atari Lynx", length: 64) { prefix, _, _ in starts(prefix, with: Array("LYNX".utf8), at: 0) },
        // Copier headers carry no magic: SNES dumps are whole kilobytes, so 512 spare bytes are the header.
        HeaderRule(name: "SNES copier", length: 512) { _, size, fileExtension in
            guard let size, snesExtensions.contains(fileExtension) else { return false }
            return size % 1024 == 512
        },
    ]

    /// The extensions of SNES dumps that may carry a copier header.
    static let snesExtensions: Set<String> = ["sfc", "smc", "fig", "swc", "bs", "st"]

    /// The header length of a file with this front, size and extension; `nil` when it has none.
    static func headerLength(prefix: UnsafeRawBufferPointer, size: Int64?, fileExtension: String) -> Int? {
        for rule in all where rule.matches(prefix, size, fileExtension) {
            // A header with no data behind it is not a header.
            if let size, size <= Int64(rule.length) { return nil }
            if size == nil, prefix.count <= rule.length { return nil }
            return rule.length
        }
        return nil
    }

    private static func starts(_ bytes: UnsafeRawBufferPointer, with magic: [UInt8], at offset: Int) -> Bool {
        guard bytes.count >= offset + magic.count else { return false }
        return magic.indices.allSatisfy { bytes[offset + $0] == magic[$0] }
    }
}
