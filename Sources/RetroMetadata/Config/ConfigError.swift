/// A configuration problem, naming the key (and for the file, the line and column) and what is wrong.
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, or `nil` when the value came from the environment.
    public let file: String?
    /// 1-based line in the file, when known.
    public let line: Int?
    /// 1-based column in the file, when known.
    public let column: Int?
    /// The key (`providers.igdb.enabled`) or environment variable at fault.
    public let key: String?
    /// What is wrong and what is expected.
    public let problem: String

    /// A problem at `origin`.
    public init(_ problem: String, at origin: ConfigOrigin?) {
        file = origin?.file
        line = origin?.line
        column = origin?.column
        key = origin?.key
        self.problem = problem
    }

    /// A problem with the whole file (unreadable, not YAML).
    public static func file(_ path: String, line: Int? = nil, column: Int? = nil, _ problem: String) -> ConfigError {
        ConfigError(problem, at: ConfigOrigin(key: nil, file: path, line: line, column: column))
    }

    public var description: String {
        var place = file ?? ""
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        let parts = [place.isEmpty ? nil : place, key, problem].compactMap { $0 }
        return parts.joined(separator: ": ")
    }
}

/// Where a configuration value came from: a key in the file (with its position) or an environment variable.
public struct ConfigOrigin: Hashable, Sendable {
    /// The dotted key in the file, or the environment variable's name.
    public var key: String?
    /// The file, or `nil` for the environment.
    public var file: String?
    /// 1-based line, when from the file.
    public var line: Int?
    /// 1-based column, when from the file.
    public var column: Int?

    /// Creates an origin.
    public init(key: String?, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.key = key
        self.file = file
        self.line = line
        self.column = column
    }
}
