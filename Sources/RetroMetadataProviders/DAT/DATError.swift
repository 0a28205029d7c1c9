/// A DAT file that cannot be read, with the file and line where reading stopped.
public struct DATError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The broad class of failure.
    public enum Code: String, Sendable, Hashable {
        /// The file or folder could not be read.
        case unreadable
        /// The text is not a valid clrmamepro or Logiqx DAT.
        case syntax
    }

    /// The broad class of failure.
    public let code: Code
    /// The DAT file.
    public let file: String
    /// The 1-based line, when known.
    public let line: Int?
    /// What is wrong.
    public let message: String

    /// The file could not be read.
    public static func unreadable(_ file: String, reason: String) -> DATError {
        DATError(code: .unreadable, file: file, line: nil, message: reason)
    }

    /// The file's text is malformed at `line`.
    public static func syntax(_ file: String, line: Int?, _ message: String) -> DATError {
        DATError(code: .syntax, file: file, line: line, message: message)
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
