import RetroMetadataCore
import RetroMetadataXML

/// Finds the game of a LaunchBox platform file that stands for a ROM file: by its `ApplicationPath` resolved
/// against the LaunchBox folder first, then by one of its discs' paths, then by file name; each game stands for one
/// ROM at most.
public struct LaunchBoxGameIndex {
    private var byPath: [String: [Int]] = [:]
    private var byDisc: [String: [Int]] = [:]
    private var byName: [String: [Int]] = [:]
    private var taken: Set<Int> = []

    /// An index over `entries` (their positions), whose relative paths are relative to `root`; `discs` gives the
    /// paths of each game's disc applications by lower-cased game ID.
    public init(entries: [LibraryEntry], root: String, discs: [String: [String]] = [:]) {
        for (index, entry) in entries.enumerated() where entry.kind == .game && !entry.path.isEmpty {
            if let absolute = LaunchBoxApplicationPath.resolve(entry.path, root: root) {
                byPath[absolute, default: []].append(index)
            }
            byName[LaunchBoxApplicationPath.fileNameKey(entry.path), default: []].append(index)
            for disc in discs[LaunchBoxPlatformFile.gameID(for: entry).lowercased()] ?? [] {
                if let absolute = LaunchBoxApplicationPath.resolve(disc, root: root) {
                    byDisc[absolute, default: []].append(index)
                }
            }
        }
    }

    /// For each of `romPaths` (absolute), the position of its game, or `nil` for a ROM no game stands for.
    public mutating func match(_ romPaths: [String]) -> [Int?] {
        match(candidates: romPaths.map { [$0] })
    }

    /// For each ROM game, given by the absolute paths its game may name (best first: the launched file, then the
    /// playlist, other discs and tracks), the position of its game, or `nil` when no game stands for it.
    ///
    /// Every ROM is matched by path (then by a disc's path) before any is matched by name, so a name match never
    /// takes the game another ROM's exact path points at.
    public mutating func match(candidates: [[String]]) -> [Int?] {
        var result = [Int?](repeating: nil, count: candidates.count)
        for (position, paths) in candidates.enumerated() {
            for path in paths where result[position] == nil { result[position] = take(byPath[path]) }
        }
        for (position, paths) in candidates.enumerated() {
            for path in paths where result[position] == nil { result[position] = take(byDisc[path]) }
        }
        for (position, paths) in candidates.enumerated() {
            for path in paths where result[position] == nil {
                result[position] = take(byName[LaunchBoxApplicationPath.fileNameKey(path)])
            }
        }
        return result
    }

    /// The positions no ROM took.
    public func untaken(count: Int) -> [Int] {
        (0..<count).filter { !taken.contains($0) }
    }

    private mutating func take(_ candidates: [Int]?) -> Int? {
        guard let index = candidates?.first(where: { !taken.contains($0) }) else { return nil }
        taken.insert(index)
        return index
    }
}
