/// Every kind of media a frontend can show for a game.
public enum MediaKind: String, CaseIterable, Codable, Sendable, Comparable, CodingKeyRepresentable {
    /// Front of the box (the "cover").
    case cover
    /// Back of the box.
    case boxBack = "box_back"
    /// Rendered three-dimensional box.
    case box3D = "box_3d"
    /// In-game screenshot.
    case screenshot
    /// Title screen capture.
    case titleScreen = "title_screen"
    /// Background or fan art.
    case fanart
    /// Arcade marquee or horizontal header art.
    case marquee
    /// Transparent logo ("wheel" in EmulationStation).
    case wheel
    /// Wide banner.
    case banner
    /// Small square icon.
    case icon
    /// Gameplay video.
    case video
    /// Game manual (usually PDF).
    case manual
    /// Cartridge, disc or other physical medium.
    case physicalMedia = "physical_media"
    /// Composite image mixing screenshot, box and logo.
    case miximage
    /// Game map.
    case map
    /// Screen bezel overlay.
    case bezel

    /// Whether assets of this kind are still images (as opposed to video or documents).
    public var isImage: Bool { self != .video && self != .manual }

    /// Orders kinds by their declaration order, so output listing kinds is stable.
    public static func < (lhs: MediaKind, rhs: MediaKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
