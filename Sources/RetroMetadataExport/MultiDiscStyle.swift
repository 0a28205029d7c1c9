/// How a frontend lists a game spread over several disc files.
public enum MultiDiscStyle: String, Sendable {
    /// One entry pointing at an `.m3u` playlist beside the discs (one disc file per line).
    case m3u
    /// LaunchBox: one game launching the first disc, and one `<AdditionalApplication>` per disc.
    case additionalApplications = "additional-applications"
}

extension FrontendManifest {
    /// The manifest's `multiDisc` style; `m3u` when the key is absent.
    public var multiDiscStyle: MultiDiscStyle { multiDisc.flatMap(MultiDiscStyle.init(rawValue:)) ?? .m3u }
}
