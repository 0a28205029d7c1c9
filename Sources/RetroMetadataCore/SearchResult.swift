/// One hit of a search at a provider.
public struct SearchResult: Codable, Hashable, Sendable {
    /// Game name as the provider spells it.
    public var name: String
    /// The provider that answered.
    public var provider: ProviderKey
    /// The game's id at the provider.
    public var id: String
    /// Provider slug, when given.
    public var slug: String?
    /// Cover image URL, when given.
    public var coverURL: String?
    /// Platform display names.
    public var platforms: [String]
    /// First release year.
    public var releaseYear: Int?
    /// Similarity to the query, 0...1.
    public var score: Double

    /// Creates a search result.
    public init(
        name: String, provider: ProviderKey, id: String, slug: String? = nil, coverURL: String? = nil,
        platforms: [String] = [], releaseYear: Int? = nil, score: Double = 0
    ) {
        self.name = name
        self.provider = provider
        self.id = id
        self.slug = slug
        self.coverURL = coverURL
        self.platforms = platforms
        self.releaseYear = releaseYear
        self.score = score
    }

    enum CodingKeys: String, CodingKey {
        case name, provider, id, slug
        case coverURL = "cover_url"
        case platforms
        case releaseYear = "release_year"
        case score
    }
}
