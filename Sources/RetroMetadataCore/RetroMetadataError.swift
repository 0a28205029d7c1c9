/// An error from retro-metadata's core, with the context a user needs to act on it.
public struct RetroMetadataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The broad class of failure.
    public enum Code: String, Sendable, Hashable {
        case invalidInput = "invalid_input"
        case unknownPlatform = "unknown_platform"
        case notFound = "not_found"
        case io
    }

    /// The broad class of failure.
    public let code: Code
    /// What went wrong, in words for the user.
    public let message: String
    /// The file involved, when there is one.
    public let file: String?
    /// The line in `file`, when known.
    public let line: Int?
    /// The field or key involved, when there is one.
    public let field: String?

    private init(code: Code, message: String, file: String? = nil, line: Int? = nil, field: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.field = field
    }

    /// Input that cannot be understood.
    public static func invalidInput(_ message: String, file: String? = nil, line: Int? = nil, field: String? = nil)
        -> RetroMetadataError
    {
        RetroMetadataError(code: .invalidInput, message: message, file: file, line: line, field: field)
    }

    /// A platform name or slug that is not in the catalog; `suggestions` are the closest slugs.
    public static func unknownPlatform(_ name: String, suggestions: [String]) -> RetroMetadataError {
        let hint = suggestions.isEmpty ? "" : "; closest: " + suggestions.joined(separator: ", ")
        return RetroMetadataError(
            code: .unknownPlatform, message: "unknown platform '\(name)'\(hint)", field: "platform")
    }

    /// Something asked for does not exist.
    public static func notFound(_ message: String, file: String? = nil) -> RetroMetadataError {
        RetroMetadataError(code: .notFound, message: message, file: file)
    }

    /// A file could not be read or written.
    public static func io(_ message: String, file: String) -> RetroMetadataError {
        RetroMetadataError(code: .io, message: message, file: file)
    }

    /// The message, prefixed with `file:line:` when known.
    public var description: String {
        var prefix = ""
        if let file { prefix = line.map { "\(file):\($0): " } ?? "\(file): " }
        return prefix + message
    }
}
