import Foundation

extension AtomicFile {
    /// Removes the temporary files (`temporaryPrefix`) in `folder` last modified before `date`: leftovers of a
    /// process killed while writing (a running writer's temporary file is younger than the run that cleans up).
    /// Returns the paths removed; a folder that cannot be listed removes nothing.
    @discardableResult
    public static func removeLeftovers(in folder: String, olderThan date: Date) -> [String] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(temporaryPrefix) {
            let path = folder + "/" + name
            guard let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                modified < date, unlink(path) == 0
            else { continue }
            removed.append(path)
        }
        return removed
    }
}
