import RetroMetadataCore

extension DATIndex {
    /// A DAT file record found for a ROM: the game, the file, and the evidence.
    public struct Hit: Hashable, Sendable {
        /// The game.
        public var game: DATGame
        /// The matching file of the game.
        public var rom: DATRom
        /// Which digest matched (`sha1`, `md5`, `crc32+size`, `crc32`, `file name`).
        public var evidence: String
    }

    /// The record whose digests equal `hashes`: SHA-1, then MD5, then CRC-32 with size, then CRC-32 alone when
    /// the DAT gives no size.
    public func lookup(_ hashes: FileHashes) -> Hit? {
        if !hashes.sha1.isEmpty, let slot = bySHA1[hashes.sha1] { return hit(slot, "sha1") }
        if !hashes.md5.isEmpty, let slot = byMD5[hashes.md5] { return hit(slot, "md5") }
        guard !hashes.crc32.isEmpty else { return nil }
        if let slot = byCRCAndSize["\(hashes.crc32):\(hashes.size)"] { return hit(slot, "crc32+size") }
        if let slot = byCRC[hashes.crc32], games[slot.game].roms[slot.rom].size == nil { return hit(slot, "crc32") }
        return nil
    }

    /// The record for a ROM file name exactly as the DAT spells it (case-insensitive).
    public func lookup(fileName: String) -> Hit? {
        byFileName[fileName.lowercased()].map { hit($0, "file name") }
    }

    /// The game called `name` exactly (case-insensitive).
    public func game(named name: String) -> DATGame? {
        byGameName[name.lowercased()].map { games[$0] }
    }

    /// Extra fields known for `game` from metadata fragments, keyed by any of its files' CRC-32s.
    public func extraFields(for game: DATGame) -> [String: String] {
        var fields = game.fields
        for rom in game.roms where !rom.crc32.isEmpty {
            fields.merge(fieldsByCRC[rom.crc32] ?? [:]) { own, _ in own }
        }
        return fields
    }

    private func hit(_ slot: Slot, _ evidence: String) -> Hit {
        let game = games[slot.game]
        return Hit(game: game, rom: game.roms[slot.rom], evidence: evidence)
    }
}
