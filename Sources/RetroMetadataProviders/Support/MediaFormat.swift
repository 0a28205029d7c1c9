import Foundation

/// Guesses a media file's format from its URL.
enum MediaFormat {
    /// The lower-case extension of the URL's path (`jpg`, `png`, `mp4`), or `nil` when it has none.
    static func fromURL(_ url: String) -> String? {
        let ext = URL(string: url)?.pathExtension.lowercased() ?? ""
        return ext.isEmpty || ext == "php" ? nil : ext
    }
}
