/// What each frontend calls a platform: the system folder of the EmulationStation family,
/// the LaunchBox platform name and the RetroArch database (playlist) name.
public struct PlatformFrontendNames: Hashable, Sendable {
    /// The system folder of original / RetroPie EmulationStation (`megadrive`, `pcengine`).
    public var es: String?
    /// The system folder of ES-DE (`genesis`, `tg16`).
    public var esde: String?
    /// The system folder of Batocera, also used by RetroBat and KNULLI (`megadrive`, `pcengine`).
    public var batocera: String?
    /// The LaunchBox platform name (`Sega Genesis`), also its `Data/Platforms/<name>.xml` file name.
    public var launchbox: String?
    /// The RetroArch database and playlist name without `.lpl` (`Sega - Mega Drive - Genesis`).
    public var retroarch: String?

    /// Creates a set of frontend names; frontends without the platform stay `nil`.
    public init(
        es: String? = nil, esde: String? = nil, batocera: String? = nil, launchbox: String? = nil,
        retroarch: String? = nil
    ) {
        self.es = es
        self.esde = esde
        self.batocera = batocera
        self.launchbox = launchbox
        self.retroarch = retroarch
    }

    /// Every name that is set, in field order, without repeats.
    public var all: [String] {
        var seen = Set<String>()
        return [es, esde, batocera, launchbox, retroarch].compactMap { $0 }.filter { seen.insert($0).inserted }
    }
}
