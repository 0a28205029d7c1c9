/// One game made of one or more found files: a single ROM, a cue/bin or gdi set, the discs of a
/// multi-disc game, or everything listed by an `.m3u` playlist.
public struct RomGame: Hashable, Sendable {
    /// The game's name: the primary file's name without extension and without its disc tag.
    public var title: String
    /// The file a frontend launches: the `.m3u`, else the first disc's sheet or image, else the only file.
    public var primary: RomFile
    /// The launchable file of each disc, in disc order (the primary alone for a one-disc game).
    public var discs: [RomFile]
    /// Every file of the game, sheets and track files included, primary first.
    public var files: [RomFile]

    /// Creates a game.
    public init(title: String, primary: RomFile, discs: [RomFile], files: [RomFile]) {
        self.title = title
        self.primary = primary
        self.discs = discs
        self.files = files
    }
}
