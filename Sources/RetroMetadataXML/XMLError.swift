/// Why an XML file could not be read or written, naming the file and, when known, the line and column.
public struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The broad class of failure.
    public enum Code: String, Sendable, Hashable {
        /// The input is not XML even after lenient repairs.
        case malformed
        /// The input is XML but not the expected kind of file.
        case unexpectedContent = "unexpected_content"
        /// The input is larger than the configured limit.
        case tooLarge = "too_large"
        /// Reading or writing the file failed.
        case io
    }

    /// The broad class of failure.
    public let code: Code
    /// What went wrong, in words for the user.
    public let message: String
    /// The file involved.
    public let file: String
    /// The 1-based line, when known.
    public let line: Int?
    /// The 1-based column, when known.
    public let column: Int?

    private init(code: Code, message: String, file: String, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// Input that is not XML even after repairs, at `line` and `column`.
    public static func malformed(_ message: String, file: String, line: Int?, column: Int?) -> XMLError {
        XMLError(code: .malformed, message: message, file: file, line: line, column: column)
    }

    /// Well-formed input that is not the expected kind of document (`expected <gameList>` and the like).
    public static func unexpectedContent(_ message: String, file: String) -> XMLError {
        XMLError(code: .unexpectedContent, message: message, file: file)
    }

    /// Input over the size limit.
    public static func tooLarge(file: String, size: Int, limit: Int) -> XMLError {
        XMLError(code: .tooLarge, message: "file is \(size) bytes, over the limit of \(limit) bytes", file: file)
    }

    /// A failed read, write, rename or sync, with the system's reason.
    public static func io(_ message: String, file: String) -> XMLError {
        XMLError(code: .io, message: message, file: file)
    }

    /// `file:line:column: message`, leaving out what is not known.
    public var description: String {
        var prefix = file
        if let line { prefix += ":\(line)" }
        if let line = line, line > 0, let column { prefix += ":\(column)" }
        return prefix + ": " + message
    }
}
