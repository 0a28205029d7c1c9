import RetroMetadataCore

/// What one frontend needs written: where its metadata file goes, in which format, and where each media kind goes.
///
/// Read from `templates/<frontend>/frontend.json`; the XML formats are written through the document layer,
/// the text formats through the manifest's Mustache template.
public struct FrontendManifest: Codable, Hashable, Sendable {
    /// How the metadata file is produced.
    public enum Format: String, Codable, Sendable {
        /// An EmulationStation gamelist.xml (`flavour` names the fork).
        case gamelist
        /// A LaunchBox `Data/Platforms/<Platform>.xml`.
        case launchbox
        /// A Mustache template (`template` names the file next to the manifest).
        case template
    }

    /// Limits the frontend puts on images, when it has any.
    public struct ImageRules: Codable, Hashable, Sendable {
        /// The largest width worth writing, in pixels.
        public var maxWidth: Int?
        /// The largest height worth writing, in pixels.
        public var maxHeight: Int?
        /// The only image format the frontend reads (`png`), if it is that strict.
        public var format: String?
    }

    /// A companion text file: where it goes and the template that renders it.
    public struct ExtraFile: Codable, Hashable, Sendable {
        /// Path pattern under the output root.
        public var path: String
        /// The Mustache file next to the manifest.
        public var template: String
    }

    /// Short name used on the command line (`esde`).
    public var name: String
    /// Display name (`ES-DE`).
    public var title: String
    /// Other frontends this manifest also covers (`retrobat`, `knulli`).
    public var aliases: [String]?
    /// How the metadata file is produced.
    public var format: Format
    /// The gamelist flavour for `gamelist` (`es`, `esde`, `batocera`).
    public var flavour: String?
    /// The template file for `template`, relative to the manifest's folder.
    public var template: String?
    /// Where the metadata file goes under the output root, with placeholders (`gamelists/{system}/gamelist.xml`).
    public var metadataFile: String
    /// How dates are written (`esdate`, `iso`, `year`), for documentation and listings.
    public var dateFormat: String
    /// How ratings are written (`fraction`, `percent`, `stars`, `none`).
    public var ratingFormat: String
    /// Whether the metadata file names each game's media (false: the frontend finds media by file name).
    public var mediaPathsInMetadata: Bool
    /// How media paths in the metadata are written: `metadata` (default: `./` paths relative to the metadata
    /// file's folder) or `root-windows` (relative to the output root with backslashes, as LaunchBox's `VideoPath`).
    public var mediaPathStyle: String?
    /// Characters replaced by `_` in `{title_safe}` / `{label_safe}`.
    public var replaceCharacters: String?
    /// Path pattern under the output root for each media kind (`MediaKind` raw values as keys).
    public var media: [String: String]
    /// Extra text files rendered next to the metadata file (AttractMode's favourites `.tag`).
    public var extraFiles: [ExtraFile]?
    /// Image limits, if the frontend has any.
    public var images: ImageRules?
    /// How a multi-disc game is listed: `m3u` (default: one entry pointing at an `.m3u` playlist in the ROM folder)
    /// or `additional-applications` (LaunchBox: the first disc, plus one `<AdditionalApplication>` per disc).
    public var multiDisc: String?
    /// Whether each disc file of a multi-disc game also gets a hidden entry (frontends that list every file they find).
    public var hideDiscs: Bool?

    /// The media kinds this frontend has a place for, in declaration order.
    public var mediaKinds: [MediaKind] { media.keys.compactMap(MediaKind.init(rawValue:)).sorted() }

    /// The pattern for `kind`, if the frontend has a place for it.
    public func pattern(for kind: MediaKind) -> String? { media[kind.rawValue] }
}
