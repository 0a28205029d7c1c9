import Foundation
import RetroMetadataScan

/// The discs of a multi-disc game and its `.m3u` playlist: the user's own, or the one a frontend may need written.
public struct ScrapedDiscs: Hashable, Sendable {
    /// The launchable file of each disc (sheet or image), absolute, in disc order.
    public var discs: [String]
    /// The playlist's absolute path: the user's `.m3u`, else `<title>.m3u` beside the first disc.
    public var playlist: String
    /// Whether the playlist is the user's own (it is then read, never written).
    public var playlistExists: Bool

    /// Discs and playlist as given.
    public init(discs: [String], playlist: String, playlistExists: Bool) {
        self.discs = discs
        self.playlist = playlist
        self.playlistExists = playlistExists
    }

    /// The discs of `game`, or `nil` for a game of one disc without a playlist.
    public init?(game: RomGame) {
        let isPlaylist = game.primary.fileExtension == "m3u"
        guard game.discs.count > 1 || isPlaylist, let first = game.discs.first else { return nil }
        discs = game.discs.map(\.path)
        playlistExists = isPlaylist
        playlist =
            isPlaylist
            ? game.primary.path
            : (first.path as NSString).deletingLastPathComponent + "/" + game.title + ".m3u"
    }

    /// The playlist's file name.
    public var playlistName: String { (playlist as NSString).lastPathComponent }

    /// The playlist's lines: each disc relative to the playlist's folder.
    public var playlistEntries: [String] {
        let folder = (playlist as NSString).deletingLastPathComponent + "/"
        return discs.map { $0.hasPrefix(folder) ? String($0.dropFirst(folder.count)) : $0 }
    }
}
