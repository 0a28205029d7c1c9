/// A failure choosing, downloading, storing, converting or placing one piece of artwork.
public struct ArtworkError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The broad class of failure.
    public enum Code: String, Sendable, Hashable {
        case unsupportedScheme = "unsupported_scheme"
        case httpStatus = "http_status"
        case transport
        case notMedia = "not_media"
        case tooLarge = "too_large"
        case corruptImage = "corrupt_image"
        case io
        case outsideRoot = "outside_root"
        case notFound = "not_found"
    }

    /// The broad class of failure.
    public let code: Code
    /// What went wrong, in words for the user (never holding a secret).
    public let message: String
    /// The URL (redacted) or file the failure concerns.
    public let subject: String?

    private init(_ code: Code, _ message: String, subject: String?) {
        self.code = code
        self.message = message
        self.subject = subject
    }

    /// The URL is not http or https (`file:`, `ftp:`, `data:` and the rest are refused).
    public static func unsupportedScheme(_ url: String) -> ArtworkError {
        ArtworkError(.unsupportedScheme, "only http and https URLs are downloaded", subject: url)
    }

    /// The server answered with a status other than 2xx.
    public static func httpStatus(_ status: Int, url: String) -> ArtworkError {
        ArtworkError(.httpStatus, "HTTP status \(status)", subject: url)
    }

    /// The exchange failed before a response (timeout, connection).
    public static func transport(_ reason: String, url: String) -> ArtworkError {
        ArtworkError(.transport, reason, subject: url)
    }

    /// The body is not a media file of an accepted kind (an HTML page, JSON, unknown bytes).
    public static func notMedia(_ reason: String, url: String) -> ArtworkError {
        ArtworkError(.notMedia, reason, subject: url)
    }

    /// The body is larger than allowed.
    public static func tooLarge(limit: Int, url: String) -> ArtworkError {
        ArtworkError(.tooLarge, "larger than \(limit) bytes", subject: url)
    }

    /// The image could not be decoded or encoded; `detail` is libvips' own message.
    public static func corruptImage(_ detail: String, subject: String?) -> ArtworkError {
        ArtworkError(.corruptImage, "cannot decode image: \(detail)", subject: subject)
    }

    /// A file of the store or a destination could not be read or written.
    public static func io(_ reason: String, file: String) -> ArtworkError {
        ArtworkError(.io, reason, subject: file)
    }

    /// A destination resolves outside the root it must stay in.
    public static func outsideRoot(_ path: String, root: String) -> ArtworkError {
        ArtworkError(.outsideRoot, "destination is outside \(root)", subject: path)
    }

    /// No artwork of the asked kind from any source.
    public static func notFound(_ message: String) -> ArtworkError {
        ArtworkError(.notFound, message, subject: nil)
    }

    /// `subject: message`, or the message alone.
    public var description: String { subject.map { "\($0): \(message)" } ?? message }
}
