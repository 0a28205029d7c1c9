/// The platform names a frontend's paths use, chosen by the caller from the platform catalog.
public struct ExportNames: Hashable, Sendable {
    /// The ES-style system folder (`snes`).
    public var system: String
    /// The LaunchBox / AttractMode platform or list name (`Super Nintendo Entertainment System`).
    public var platform: String
    /// The RetroArch playlist name without `.lpl` (`Nintendo - Super Nintendo Entertainment System`).
    public var playlist: String

    /// Creates the names.
    public init(system: String, platform: String, playlist: String) {
        self.system = system
        self.platform = platform
        self.playlist = playlist
    }
}
