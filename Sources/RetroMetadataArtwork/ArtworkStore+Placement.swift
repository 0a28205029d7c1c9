import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ArtworkStore {
    /// Places `artwork` at `relativePath` under `destinationRoot` by hard link (a copy across file systems),
    /// atomically, and returns the absolute path written.
    ///
    /// The path is refused when it is absolute, climbs out with `..`, or leads through a symbolic link
    /// that points outside the root.
    @discardableResult
    public func place(_ artwork: StoredArtwork, at relativePath: String, under destinationRoot: String)
        throws(ArtworkError) -> String
    {
        let destination = try Self.resolve(relativePath, under: destinationRoot)
        try AtomicWrite.makeFolder(of: destination)
        try Self.checkInside(destination, root: destinationRoot)
        let temporary = AtomicWrite.temporaryPath(beside: destination)
        if link(artwork.path, temporary) != 0 {
            // EXDEV: another file system; EPERM/ENOTSUP: a file system without hard links.
            guard [EXDEV, EPERM, ENOTSUP, EMLINK].contains(errno) else { throw AtomicWrite.failure(destination) }
            guard let bytes = FileManager.default.contents(atPath: artwork.path) else {
                throw .io("cannot read stored file", file: artwork.path)
            }
            try AtomicWrite.write(bytes, to: destination)
            return destination
        }
        // rename() leaves both names when they already are links to one file, so the temporary goes either way.
        defer { unlink(temporary) }
        try AtomicWrite.move(temporary, to: destination)
        return destination
    }

    /// `root/relativePath` with `.` and `..` removed, refused when it would leave `root`.
    static func resolve(_ relativePath: String, under root: String) throws(ArtworkError) -> String {
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        if !relativePath.hasPrefix("/"), OutputRoot.hasPlainComponents(Substring(relativePath)) {
            return base + "/" + relativePath
        }
        var parts: [Substring] = []
        for part in relativePath.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            guard part != "..", !part.contains("\0") else { throw .outsideRoot(relativePath, root: root) }
            parts.append(part)
        }
        guard !relativePath.hasPrefix("/"), !parts.isEmpty else { throw .outsideRoot(relativePath, root: root) }
        return base + "/" + parts.joined(separator: "/")
    }

    /// Refuses `destination` when its real folder (symbolic links followed) is not inside the real `root`.
    static func checkInside(_ destination: String, root: String) throws(ArtworkError) {
        let folder = (destination as NSString).deletingLastPathComponent
        let realRoot = (root as NSString).resolvingSymlinksInPath
        let realFolder = (folder as NSString).resolvingSymlinksInPath
        guard realFolder == realRoot || realFolder.hasPrefix(realRoot + "/") else {
            throw .outsideRoot(destination, root: root)
        }
    }
}
