import RetroMetadataCore

/// Hashes one stream of bytes, and in the same pass the same bytes without a known header.
///
/// The first `HeaderRule.decisionLength` bytes are held back until the header can be decided,
/// so callers may feed chunks of any size.
final class ItemHasher {
    private let full: Digests
    private var headerless: Digests?
    private let size: Int64?
    private let fileExtension: String
    private let crcOnly: Bool
    private var pending: [UInt8] = []
    private var decided = false

    /// Starts hashing an item of `size` bytes (when known) whose name ends in `fileExtension`.
    init(size: Int64?, fileExtension: String, crcOnly: Bool = false) {
        full = Digests(crcOnly: crcOnly)
        self.size = size
        self.fileExtension = fileExtension.lowercased()
        self.crcOnly = crcOnly
    }

    /// Adds the next bytes of the item.
    func update(_ bytes: UnsafeRawBufferPointer) {
        if decided {
            full.update(bytes)
            headerless?.update(bytes)
            return
        }
        if pending.isEmpty, bytes.count >= HeaderRule.decisionLength {
            decide(bytes)
            return
        }
        pending.append(contentsOf: bytes)
        if pending.count >= HeaderRule.decisionLength { flushPending() }
    }

    /// The record of everything added; call once.
    func finish(member: String? = nil) -> HashRecord {
        if !decided { flushPending() }
        return HashRecord(member: member, hashes: full.finish(), headerless: headerless?.finish())
    }

    private func flushPending() {
        let bytes = pending
        pending = []
        bytes.withUnsafeBytes { decide($0) }
    }

    private func decide(_ front: UnsafeRawBufferPointer) {
        decided = true
        full.update(front)
        guard let length = HeaderRule.headerLength(prefix: front, size: size, fileExtension: fileExtension) else {
            return
        }
        let digests = Digests(crcOnly: crcOnly)
        digests.update(UnsafeRawBufferPointer(rebasing: front[min(length, front.count)...]))
        headerless = digests
    }
}
