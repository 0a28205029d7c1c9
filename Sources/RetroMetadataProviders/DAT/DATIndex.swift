import Foundation
import RetroMetadataXML

/// DAT games held in memory, indexed by SHA-1, MD5, CRC-32 with size, file name and game name.
///
/// Dictionaries rather than SQLite: a 4,000-game DAT loads in milliseconds, and lookups are hash-table hits.
public struct DATIndex: Sendable {
    /// Where a file record sits: game and rom positions.
    struct Slot: Hashable, Sendable {
        var game: Int
        var rom: Int
    }

    /// Every game with files, in load order.
    public private(set) var games: [DATGame] = []
    /// Extra fields from libretro metadata fragments (`genre`, `developer`, ...), by CRC-32.
    public private(set) var fieldsByCRC: [String: [String: String]] = [:]
    var bySHA1: [String: Slot] = [:]
    var byMD5: [String: Slot] = [:]
    var byCRCAndSize: [String: Slot] = [:]
    var byCRC: [String: Slot] = [:]
    var byFileName: [String: Slot] = [:]
    var byGameName: [String: Int] = [:]

    /// An empty index.
    public init() {}

    /// Loads every DAT at `paths` (files, or folders searched for `.dat` and `.xml` files).
    public init(paths: [String]) throws(DATError) {
        for path in paths { try load(path: path) }
    }

    /// Adds the DAT at `path`, or every DAT inside the folder at `path`.
    public mutating func load(path: String) throws(DATError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .unreadable(path, reason: "no such file or folder")
        }
        guard isFolder.boolValue else { return try add(DATFile.read(path: path)) }
        let files = (FileManager.default.subpaths(atPath: path) ?? [])
            .filter { ["dat", "xml"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
        for file in files { try add(DATFile.read(path: path + "/" + file)) }
    }

    /// Adds parsed games: games with files are indexed, crc-only metadata fragments fill `fieldsByCRC`.
    public mutating func add(_ newGames: [DATGame]) {
        for game in newGames {
            if let metadata = Self.metadataFragment(game) {
                fieldsByCRC[metadata.crc, default: [:]].merge(metadata.fields) { old, _ in old }
                continue
            }
            let gameIndex = games.count
            games.append(game)
            byGameName[game.name.lowercased()] = byGameName[game.name.lowercased()] ?? gameIndex
            for (romIndex, rom) in game.roms.enumerated() {
                let slot = Slot(game: gameIndex, rom: romIndex)
                if !rom.sha1.isEmpty { bySHA1[rom.sha1] = bySHA1[rom.sha1] ?? slot }
                if !rom.md5.isEmpty { byMD5[rom.md5] = byMD5[rom.md5] ?? slot }
                if !rom.crc32.isEmpty {
                    if let size = rom.size {
                        byCRCAndSize["\(rom.crc32):\(size)"] = byCRCAndSize["\(rom.crc32):\(size)"] ?? slot
                    }
                    byCRC[rom.crc32] = byCRC[rom.crc32] ?? slot
                }
                if !rom.name.isEmpty { byFileName[rom.name.lowercased()] = byFileName[rom.name.lowercased()] ?? slot }
            }
        }
    }

    /// Number of file records indexed.
    public var romCount: Int { games.reduce(0) { $0 + $1.roms.count } }

    /// A libretro `metadat` entry: every file has only a CRC, and the game carries fields.
    private static func metadataFragment(_ game: DATGame) -> (crc: String, fields: [String: String])? {
        guard game.roms.count == 1, let rom = game.roms.first, !rom.crc32.isEmpty, rom.size == nil, rom.md5.isEmpty,
            rom.sha1.isEmpty, rom.name.isEmpty
        else { return nil }
        var fields = game.fields
        fields["comment"] = nil
        if let serial = rom.serial { fields["serial"] = fields["serial"] ?? serial }
        return fields.isEmpty ? nil : (rom.crc32, fields)
    }
}
