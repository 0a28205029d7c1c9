/// A problem found while reading XML, with where it is: a repaired flaw (warning) or the reason a file is unreadable.
public struct XMLDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file (or the name given for in-memory input).
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in bytes.
    public var column: Int
    /// What was wrong and, for a warning, what was done about it.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column): \(message)" }
}
