/// One piece of media for a game: where it comes from and what it is.
public struct MediaAsset: Codable, Hashable, Sendable {
    /// Remote URL or local path of the file.
    public var url: String
    /// Which source offered it.
    public var provider: ProviderKey?
    /// Region code of the artwork (`us`, `eu`, `jp`, `wor`, ...), when the source says.
    public var region: String?
    /// Language code of the artwork, when the source says.
    public var language: String?
    /// File format as a lower-case extension (`png`, `jpg`, `mp4`, `pdf`), when known.
    public var format: String?
    /// Pixel width, when known.
    public var width: Int?
    /// Pixel height, when known.
    public var height: Int?

    /// Creates an asset.
    public init(
        url: String, provider: ProviderKey? = nil, region: String? = nil, language: String? = nil,
        format: String? = nil, width: Int? = nil, height: Int? = nil
    ) {
        self.url = url
        self.provider = provider
        self.region = region
        self.language = language
        self.format = format
        self.width = width
        self.height = height
    }
}
