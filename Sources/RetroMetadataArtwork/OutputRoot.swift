import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An output folder receiving many files: each folder is checked (and made) once, so placing thousands of files in
/// a few folders costs about one link each instead of a folder walk, a `mkdir` and two real-path lookups each.
public final class OutputRoot {
    /// The output folder as given.
    public let path: String
    /// Folders whose deepest existing ancestor was found inside the root.
    private var checkedFolders: Set<String> = []
    /// Folders made (or found) and found inside the root.
    private var madeFolders: Set<String> = []

    /// An output root at `path` (it need not exist yet).
    public init(_ path: String) {
        self.path = path
    }

    /// The absolute destination of `relativePath`, refused when it would leave the root (no absolute paths, no
    /// `..`, no symbolic link out of the root).
    public func checkedDestination(_ relativePath: String) throws(ArtworkError) -> String {
        let destination = try ArtworkStore.resolve(relativePath, under: path)
        let folder = Self.folder(of: destination)
        if checkedFolders.contains(folder) || madeFolders.contains(folder) { return destination }
        try ArtworkStore.checkInside(existingAncestor(of: destination), root: path)
        checkedFolders.insert(folder)
        return destination
    }

    /// Places the file at `source` at `relativePath` by `mode`, atomically; returns the path written.
    @discardableResult
    public func placeFile(_ source: String, at relativePath: String, mode: PlacementMode) throws(ArtworkError)
        -> String
    {
        let destination = try ArtworkStore.resolve(relativePath, under: path)
        let folder = Self.folder(of: destination)
        if !madeFolders.contains(folder) {
            try AtomicWrite.makeFolder(of: destination)
            try ArtworkStore.checkInside(destination, root: path)
            madeFolders.insert(folder)
        }
        let absoluteSource = Self.standardized(source)
        // A new name is linked in place in one step; an existing one is replaced through a temporary and a rename.
        switch mode {
        case .link where link(absoluteSource, destination) == 0: return destination
        case .symlink where symlink(absoluteSource, destination) == 0: return destination
        default: break
        }
        let temporary = AtomicWrite.temporaryPath(beside: destination)
        let linked: Bool =
            switch mode {
            case .link: link(absoluteSource, temporary) == 0
            case .symlink: symlink(absoluteSource, temporary) == 0
            case .copy: false
            }
        if !linked {
            if mode == .symlink { throw AtomicWrite.failure(destination) }
            guard let bytes = FileManager.default.contents(atPath: absoluteSource) else {
                throw .io("cannot read media file", file: source)
            }
            try AtomicWrite.write(bytes, to: destination)
            return destination
        }
        // rename() leaves both names when they already are links to one file, so the temporary goes either way.
        defer { unlink(temporary) }
        try AtomicWrite.move(temporary, to: destination)
        return destination
    }

    /// `path` made absolute with `.` and `..` removed; paths already in that form are returned as they are.
    public static func standardized(_ path: String) -> String {
        if path.hasPrefix("/"), hasPlainComponents(path.dropFirst()) { return path }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether `path` is one or more `/`-separated components, none empty, `.`, `..` or holding a NUL: a path that
    /// needs no normalising (checked byte by byte, without splitting).
    static func hasPlainComponents(_ path: Substring) -> Bool {
        var length = 0
        var dots = 0
        for byte in path.utf8 {
            if byte == 0 { return false }
            if byte == UInt8(ascii: "/") {
                if length == 0 || (dots == length && length <= 2) { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length > 0 && !(dots == length && length <= 2)
    }

    /// The folder part of a resolved destination (always `root/...`, so it has a `/`).
    private static func folder(of destination: String) -> String {
        String(destination[..<(destination.utf8.lastIndex(of: UInt8(ascii: "/")) ?? destination.endIndex)])
    }

    /// `destination` with a last component standing for the deepest existing folder, so `checkInside` sees real
    /// links.
    private func existingAncestor(of destination: String) -> String {
        let root = path.hasSuffix("/") ? String(path.dropLast()) : path
        var folder = (destination as NSString).deletingLastPathComponent
        while !FileManager.default.fileExists(atPath: folder), folder != root, folder.count > root.count {
            folder = (folder as NSString).deletingLastPathComponent
        }
        return folder + "/x"
    }
}
