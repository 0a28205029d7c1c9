/// A failure while loading frontend manifests and templates or exporting a library, with where it happened.
public struct ExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure it is.
    public enum Code: String, Sendable {
        /// A manifest that is not valid JSON or misses / misuses a field.
        case badManifest = "bad-manifest"
        /// A template that does not parse or names something the vocabulary lacks.
        case badTemplate = "bad-template"
        /// A frontend name no manifest declares.
        case unknownFrontend = "unknown-frontend"
        /// A source file that cannot be read as the frontend's format.
        case badSource = "bad-source"
        /// A path that would leave the output root.
        case outsideRoot = "outside-root"
        /// Reading or writing a file failed.
        case io
    }

    /// The failure kind.
    public let code: Code
    /// What went wrong.
    public let message: String
    /// The file concerned, if any.
    public let file: String?
    /// 1-based line in `file`, when known.
    public let line: Int?
    /// 1-based column in `file`, when known.
    public let column: Int?

    /// Creates an error.
    public init(_ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column: message`, leaving out what is unknown.
    public var description: String {
        var location = file ?? ""
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return location.isEmpty ? message : "\(location): \(message)"
    }

    /// A manifest error at `offset` (a UTF-8 byte offset) of `text`.
    static func manifest(_ message: String, file: String, text: String, offset: Int?) -> ExportError {
        let (line, column) = TextPosition.lineAndColumn(of: offset ?? 0, in: text)
        return ExportError(.badManifest, message, file: file, line: line, column: column)
    }
}
