/// How a file's bytes were hashed: as one item, or as the members of an archive.
public enum HashLayout: Int, Codable, Hashable, Sendable {
    /// The whole file as one item.
    case wholeFile = 0
    /// Each member of an archive as its own item.
    case archiveMembers = 1
}
