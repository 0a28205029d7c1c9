import Foundation

/// Where a Redis cache lives: `redis://[[user]:password@]host[:port][/db]`.
public struct RedisURL: Hashable, Sendable, CustomStringConvertible {
    /// Host name or address.
    public var host: String
    /// TCP port (6379 unless given).
    public var port: Int
    /// Database number chosen with SELECT (0 unless given).
    public var database: Int
    /// ACL user name for AUTH, when given.
    public var user: String?
    /// Password for AUTH, when given; never printed.
    public var password: String?

    /// Creates a location.
    public init(host: String, port: Int = 6379, database: Int = 0, user: String? = nil, password: String? = nil) {
        self.host = host
        self.port = port
        self.database = database
        self.user = user
        self.password = password
    }

    /// Parses `redis://[[user]:password@]host[:port][/db]`; the error never repeats the password.
    public init(parsing text: String) throws(CacheError) {
        let shown = RedisURL.redacted(text)
        guard let parts = URLComponents(string: text), parts.scheme?.lowercased() == "redis" else {
            throw .badLocation(shown, "expected redis://[:password@]host:port[/db]")
        }
        guard let host = parts.host, !host.isEmpty else { throw .badLocation(shown, "missing host") }
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        guard path.isEmpty || Int(path).map({ $0 >= 0 }) == true else {
            throw .badLocation(shown, "database must be a number, not '\(path)'")
        }
        if let port = parts.port, !(1...65535).contains(port) { throw .badLocation(shown, "port out of range") }
        self.init(
            host: host, port: parts.port ?? 6379, database: Int(path) ?? 0,
            user: parts.user.flatMap { $0.isEmpty ? nil : $0 }, password: parts.password)
    }

    /// `host:port`, the name used in errors.
    public var address: String { "\(host):\(port)" }

    /// `redis://host:port/db`, without user or password.
    public var description: String { "redis://\(address)/\(database)" }

    /// `text` with anything between `//` and `@` replaced, for error messages.
    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let start = text.range(of: "//")?.upperBound, start < at else {
            return text
        }
        return text.replacingCharacters(in: start..<at, with: "***")
    }
}
