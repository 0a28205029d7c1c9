/// One game of the LaunchBox index with its alternate names and images.
struct LaunchBoxEntry: Sendable, Hashable {
    /// An image record: type (`Box - Front`), region and file name on the image host.
    struct Image: Sendable, Hashable {
        var type: String
        var region: String?
        var fileName: String
    }

    var id: Int64
    var name: String
    var platform: String?
    var releaseDate: String?
    var overview: String?
    var maxPlayers: Int?
    var cooperative: Bool?
    var videoURL: String?
    var wikipediaURL: String?
    var rating: Double?
    var esrb: String?
    var genres: [String]
    var developer: String?
    var publisher: String?
    var alternateNames: [(name: String, region: String?)]
    var images: [Image]

    static func == (lhs: LaunchBoxEntry, rhs: LaunchBoxEntry) -> Bool { lhs.id == rhs.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
