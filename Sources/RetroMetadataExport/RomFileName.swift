/// The file name and stem of a ROM path as a frontend file writes it (`/`, `\` or mixed separators).
public struct RomFileName: Hashable, Sendable {
    /// The last path component (`Game (USA).sfc`).
    public let name: String
    /// The name without its last extension (`Game (USA)`).
    public let stem: String

    /// Splits `path`.
    public init(path: String) {
        let last = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
        name = last
        if let dot = last.lastIndex(of: "."), dot != last.startIndex {
            stem = String(last[..<dot])
        } else {
            stem = last
        }
    }
}
