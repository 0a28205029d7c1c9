import RetroMetadataCore

/// One game of a DAT: its canonical name, its files and any extra fields (genre, serial, developer...).
public struct DATGame: Hashable, Sendable {
    /// The canonical name (`Super Mario World (USA)`).
    public var name: String
    /// The `description`, when different from the name.
    public var description: String?
    /// The parent game's name for clones.
    public var cloneOf: String?
    /// The files of the game (one per track for discs).
    public var roms: [DATRom]
    /// Other fields by their DAT name (`genre`, `developer`, `serial`, `releaseyear`, `users`, `region`...).
    public var fields: [String: String]
    /// The system the DAT's header names (`Nintendo - Super Nintendo Entertainment System`), when it does.
    public var system: String?

    /// Creates a game.
    public init(
        name: String, description: String? = nil, cloneOf: String? = nil, roms: [DATRom] = [],
        fields: [String: String] = [:]
    ) {
        self.name = name
        self.description = description
        self.cloneOf = cloneOf
        self.roms = roms
        self.fields = fields
    }
}

/// One file of a DAT game, with the digests it must have (lower-case hex; empty when the DAT omits one).
public struct DATRom: Hashable, Sendable {
    /// The file name (`Super Mario World (USA).sfc`).
    public var name: String
    /// Size in bytes, when given.
    public var size: Int64?
    /// CRC-32, eight lower-case hex digits.
    public var crc32: String
    /// MD5, lower-case hex.
    public var md5: String
    /// SHA-1, lower-case hex.
    public var sha1: String
    /// Disc or cartridge serial, when given.
    public var serial: String?

    /// Creates a file record, lower-casing the digests.
    public init(
        name: String, size: Int64? = nil, crc32: String = "", md5: String = "", sha1: String = "",
        serial: String? = nil
    ) {
        self.name = name
        self.size = size
        self.crc32 = crc32.lowercased()
        self.md5 = md5.lowercased()
        self.sha1 = sha1.lowercased()
        self.serial = serial
    }
}
