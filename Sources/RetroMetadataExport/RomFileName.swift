/// The file name and stem of a ROM path as a frontend file writes it (`/`, `\` or mixed separators).
public struct RomFileName: Hashable, Sendable {
    /// The last path component (`Game (USA).sfc`).
    public let name: String
    /// The name without its last extension (`Game (USA)`).
    public let stem: String

    /// The subfolders of a relative path (`./NTSC/Game/x.cue` → `NTSC`, `Game`); empty for absolute paths.
    public let folders: [String]

    /// Splits `path`.
    public init(path: String) {
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).map(String.init)
        let last = parts.last ?? path
        let relative = !path.hasPrefix("/") && !path.hasPrefix("~") && !path.hasPrefix("\\") && !path.contains(":")
        folders = relative ? parts.dropLast().filter { $0 != "." } : []
        name = last
        if let dot = last.lastIndex(of: "."), dot != last.startIndex {
            stem = String(last[..<dot])
        } else {
            stem = last
        }
    }
}
