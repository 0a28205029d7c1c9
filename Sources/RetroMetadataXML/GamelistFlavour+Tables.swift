// The field tables of every gamelist flavour, declared once (from each fork's MetaData.cpp).
import RetroMetadataCore

extension GamelistFlavour {
    private typealias F = Field

    /// RetroPie / original EmulationStation.
    public static let emulationStation = GamelistFlavour(
        name: "es",
        gameFields: [
            F("name", .name), F("sortname", .sortName), F("desc", .summary), F("image", .media(.screenshot)),
            F("video", .media(.video)), F("marquee", .media(.marquee)), F("thumbnail", .media(.cover)),
            F("rating", .rating), F("releasedate", .releaseDate), F("developer", .developer),
            F("publisher", .publisher), F("genre", .genre), F("players", .players, omitted: "1"),
            F("favorite", .favorite), F("hidden", .hidden), F("kidgame", .kidGame), F("playcount", .playCount),
            F("lastplayed", .lastPlayed),
        ],
        folderFields: [
            F("name", .name), F("sortname", .sortName), F("desc", .summary), F("image", .media(.screenshot)),
            F("thumbnail", .media(.cover)), F("video", .media(.video)), F("marquee", .media(.marquee)),
            F("rating", .rating), F("releasedate", .releaseDate), F("developer", .developer),
            F("publisher", .publisher), F("genre", .genre), F("players", .players, omitted: "1"),
        ],
        writesScraperID: false, keepsElementsBeforeRoot: false)

    /// ES-DE (no media paths; `<alternativeEmulator>` before `<gameList>`).
    public static let esDE = GamelistFlavour(
        name: "esde",
        gameFields: [
            F("name", .name), F("sortname", .sortName), F("collectionsortname", .field("collectionsortname")),
            F("desc", .summary), F("rating", .rating), F("releasedate", .releaseDate), F("developer", .developer),
            F("publisher", .publisher), F("genre", .genre), F("players", .players), F("favorite", .favorite),
            F("completed", .completed), F("kidgame", .kidGame), F("hidden", .hidden), F("broken", .broken),
            F("nogamecount", .field("nogamecount")), F("nomultiscrape", .field("nomultiscrape")),
            F("hidemetadata", .field("hidemetadata")), F("playcount", .playCount),
            F("controller", .field("controller")), F("altemulator", .field("altemulator")),
            F("lastplayed", .lastPlayed),
        ],
        folderFields: [
            F("name", .name), F("desc", .summary), F("rating", .rating), F("releasedate", .releaseDate),
            F("developer", .developer), F("publisher", .publisher), F("genre", .genre), F("players", .players),
            F("favorite", .favorite), F("completed", .completed), F("kidgame", .kidGame), F("hidden", .hidden),
            F("broken", .broken), F("nomultiscrape", .field("nomultiscrape")),
            F("hidemetadata", .field("hidemetadata")), F("controller", .field("controller")),
            F("folderlink", .field("folderlink")), F("lastplayed", .lastPlayed),
        ],
        writesScraperID: false, keepsElementsBeforeRoot: true)

    private static let batoceraFields: [Field] = [
        F("name", .name), F("desc", .summary), F("genre", .genre), F("tags", .field("tags")),
        F("sortname", .sortName), F("emulator", .field("emulator")), F("core", .field("core")),
        F("image", .media(.screenshot)), F("video", .media(.video)), F("marquee", .media(.marquee)),
        F("thumbnail", .media(.cover)), F("fanart", .media(.fanart)), F("titleshot", .media(.titleScreen)),
        F("manual", .media(.manual)), F("magazine", .field("magazine")), F("map", .media(.map)),
        F("bezel", .media(.bezel)), F("cartridge", .media(.physicalMedia)), F("boxart", .field("boxart")),
        F("boxback", .media(.boxBack)), F("wheel", .media(.wheel)), F("mix", .media(.miximage)),
        F("rating", .rating), F("releasedate", .releaseDate), F("developer", .developer),
        F("publisher", .publisher), F("family", .field("family")), F("genres", .field("genres")),
        F("arcadesystemname", .field("arcadesystemname")), F("players", .players), F("favorite", .favorite),
        F("hidden", .hidden), F("kidgame", .kidGame), F("playcount", .playCount), F("lastplayed", .lastPlayed),
        F("crc32", .field("crc32")), F("md5", .field("md5")), F("gametime", .playTime), F("lang", .language),
        F("region", .region), F("cheevosHash", .field("cheevosHash")), F("cheevosId", .field("cheevosId")),
        F("multidisk", .field("multidisk")),
    ]

    /// Batocera, RetroBat and KNULLI (`<game id="…">`, many media kinds, play statistics).
    public static let batocera = GamelistFlavour(
        name: "batocera", gameFields: batoceraFields, folderFields: batoceraFields, writesScraperID: true,
        keepsElementsBeforeRoot: false)

    /// Recalbox: the original fields plus region and ROM type, and `<game id source>`.
    public static let recalbox = GamelistFlavour(
        name: "recalbox",
        gameFields: emulationStation.gameFields + [F("region", .region), F("romtype", .field("romtype"))],
        folderFields: emulationStation.folderFields, writesScraperID: true, keepsElementsBeforeRoot: false)

    /// Every flavour, one line each.
    public static let all: [GamelistFlavour] = [.emulationStation, .esDE, .batocera, .recalbox]

    /// Every element name any flavour knows, with its value (first declaration wins) and a distinct bit, for reading.
    static let knownElements: [String: (value: GamelistValue, bit: UInt64)] = {
        var known: [String: (value: GamelistValue, bit: UInt64)] = [:]
        for flavour in all {
            for field in flavour.gameFields + flavour.folderFields where known[field.element] == nil {
                known[field.element] = (field.value, 1 << UInt64(known.count))
            }
        }
        precondition(known.count <= 64, "known gamelist fields must fit the 64-bit seen mask")
        return known
    }()

    /// Every known field in one stable order (flavours in `all` order), for fields the target does not declare.
    static let unionOrder: [Field] = {
        var seen = Set<String>()
        return all.flatMap { $0.gameFields + $0.folderFields }.filter { seen.insert($0.element).inserted }
    }()
}
