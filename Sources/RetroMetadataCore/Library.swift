/// A frontend's list of games for one system, format-neutral: what a gamelist.xml or a LaunchBox platform file holds.
public struct Library: Hashable, Sendable {
    /// The system or platform name the list belongs to (`snes`, `Super Nintendo Entertainment System`), when known.
    public var platform: String?
    /// Games and folders in file order.
    public var entries: [LibraryEntry]

    /// Creates a library.
    public init(platform: String? = nil, entries: [LibraryEntry] = []) {
        self.platform = platform
        self.entries = entries
    }
}

/// A name and a text value, kept in order: extra fields, unknown attributes, custom fields.
public struct LibraryTextField: Hashable, Sendable {
    /// The field, attribute or element name as the file spells it.
    public var name: String
    /// The unescaped value.
    public var value: String

    /// Creates a named value.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// Another title a game is known by, with the region that uses it (LaunchBox `AlternateName`).
public struct LibraryAlternateName: Hashable, Sendable {
    /// The other title.
    public var name: String
    /// The region that uses it (`Japan`, `Europe`), if any.
    public var region: String?

    /// Creates an alternate name.
    public init(name: String, region: String? = nil) {
        self.name = name
        self.region = region
    }
}
