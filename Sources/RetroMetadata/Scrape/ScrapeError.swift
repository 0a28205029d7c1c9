/// Why a scrape could not start or write: names the folder, file or option at fault.
public struct ScrapeError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, in a word: `platform`, `output`, `playlist`.
    public let code: String
    /// The message shown to the user.
    public let message: String

    /// The platform of `folder` is neither given nor known from its name.
    public static func unknownPlatform(folder: String) -> ScrapeError {
        ScrapeError(code: "platform", message: "cannot tell the platform of \(folder) from its name; pass --platform")
    }

    /// `frontend` keeps no metadata beside the ROMs, so it needs an output folder.
    public static func outputNeeded(frontend: String) -> ScrapeError {
        ScrapeError(code: "output", message: "--output is needed for \(frontend)")
    }

    /// A multi-disc game's `.m3u` playlist could not be written.
    public static func playlistNotWritten(_ path: String, reason: String) -> ScrapeError {
        ScrapeError(code: "playlist", message: "\(path): \(reason)")
    }

    /// The message.
    public var description: String { message }
}
