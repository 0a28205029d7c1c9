import Foundation

/// One system's `gamelist.xml` and the ROM folder its relative paths start from.
public struct GamelistSource: Hashable, Sendable {
    /// The system folder name (`snes`), used for ES-DE's media folders.
    public var system: String
    /// The folder the gamelist's `./` paths are relative to.
    public var romFolder: String
    /// The gamelist file.
    public var gamelistPath: String

    /// Creates a source.
    public init(system: String, romFolder: String, gamelistPath: String) {
        self.system = system
        self.romFolder = romFolder
        self.gamelistPath = gamelistPath
    }

    /// Every gamelist for `romsPath`: the folder's own `gamelist.xml` (a system folder) or its subfolders'
    /// (`roms/<system>/gamelist.xml`, Batocera and RetroPie); with `gamelistsPath`, ES-DE's separate
    /// `gamelists/<system>/gamelist.xml` files, paired with `romsPath/<system>`.
    public static func find(romsPath: String, gamelistsPath: String? = nil) -> [GamelistSource] {
        let files = FileManager.default
        let roms = romsPath.hasSuffix("/") ? String(romsPath.dropLast()) : romsPath
        if roms.hasSuffix(".xml") {
            let folder = (roms as NSString).deletingLastPathComponent
            return [
                GamelistSource(system: (folder as NSString).lastPathComponent, romFolder: folder, gamelistPath: roms)
            ]
        }
        if files.fileExists(atPath: roms + "/gamelist.xml") {
            return [
                GamelistSource(
                    system: (roms as NSString).lastPathComponent, romFolder: roms, gamelistPath: roms + "/gamelist.xml")
            ]
        }
        var sources: [GamelistSource] = []
        let listRoot = gamelistsPath ?? roms
        for system in ((try? files.contentsOfDirectory(atPath: listRoot)) ?? []).sorted() {
            let list = listRoot + "/" + system + "/gamelist.xml"
            if files.fileExists(atPath: list) {
                sources.append(GamelistSource(system: system, romFolder: roms + "/" + system, gamelistPath: list))
            }
        }
        return sources
    }
}
