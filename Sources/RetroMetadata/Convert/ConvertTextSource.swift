import Foundation
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataXML

/// Reads the text formats `convert` accepts as sources: Pegasus, AttractMode romlists and RetroArch playlists.
public enum ConvertTextSource {
    /// The source at `path` when it is one of the text formats (by `--from` or by its name), else nil.
    public static func load(_ path: String, from: String?) throws -> ConvertSource? {
        let url = URL(fileURLWithPath: path)
        let format: String? =
            switch from {
            case "pegasus", "attractmode", "retroarch": from
            case .some: nil
            case nil:
                url.lastPathComponent.hasSuffix("metadata.pegasus.txt") || url.lastPathComponent == "metadata.txt"
                    ? "pegasus"
                    : url.pathExtension == "lpl" ? "retroarch" : url.pathExtension == "txt" ? "attractmode" : nil
            }
        guard let format else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XMLError.io("cannot read", file: path)
        }
        let text = String(decoding: data, as: UTF8.self)
        let library: Library
        let platform: String
        switch format {
        case "pegasus":
            library = PegasusReader.read(text)
            platform = url.deletingLastPathComponent().lastPathComponent
        case "retroarch":
            library = try RetroArchPlaylistReader.read(data, file: path)
            platform = url.deletingPathExtension().lastPathComponent
        default:
            let tag = url.deletingPathExtension().appendingPathExtension("tag").path
            let favourites = FileManager.default.contents(atPath: tag).map { String(decoding: $0, as: UTF8.self) }
            library = AttractModeReader.read(text, favourites: favourites)
            platform = url.deletingPathExtension().lastPathComponent
        }
        var source = ConvertSource(
            path: path, format: format, platform: platform, gamelist: nil, launchBox: nil, repairs: [])
        source.textLibrary = library
        return source
    }
}
