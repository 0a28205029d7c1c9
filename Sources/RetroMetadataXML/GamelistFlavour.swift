/// One EmulationStation fork's gamelist.xml dialect: its known fields in write order, with defaults.
public struct GamelistFlavour: Hashable, Sendable, CustomStringConvertible {
    /// One known `<game>`/`<folder>` child element.
    struct Field: Hashable, Sendable {
        /// The element name.
        let element: String
        /// The entry property it holds.
        let value: GamelistValue
        /// Text the fork leaves out when the value equals it (besides empty and "nothing" values).
        let omitted: String?

        init(_ element: String, _ value: GamelistValue, omitted: String? = nil) {
            self.element = element
            self.value = value
            self.omitted = omitted
        }
    }

    /// Short name used on the command line (`es`, `esde`, `batocera`, `recalbox`).
    public let name: String
    /// Known `<game>` children in write order (after `<path>`).
    let gameFields: [Field]
    /// Known `<folder>` children in write order (after `<path>`).
    let folderFields: [Field]
    /// Whether `<game id="…">` carries the scraper id.
    let writesScraperID: Bool
    /// Whether top-level elements before `<gameList>` stay there (ES-DE's `<alternativeEmulator>`).
    public let keepsElementsBeforeRoot: Bool

    /// The flavour's name.
    public var description: String { name }

    /// The flavour called `name` (`es`, `retropie`, `esde`, `es-de`, `batocera`, `retrobat`, `knulli`, `recalbox`).
    public static func named(_ name: String) -> GamelistFlavour? {
        switch name.lowercased() {
        case "es", "retropie", "emulationstation": return .emulationStation
        case "esde", "es-de": return .esDE
        case "batocera", "retrobat", "knulli": return .batocera
        case "recalbox": return .recalbox
        default: return nil
        }
    }

    /// The known fields of `kind` entries.
    func fields(for isFolder: Bool) -> [Field] { isFolder ? folderFields : gameFields }
}
