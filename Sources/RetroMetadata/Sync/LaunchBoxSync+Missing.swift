import Foundation
import RetroMetadataCore
import RetroMetadataXML

extension LaunchBoxSync {
    /// Marks (or, when pruning, removes) the games at `positions` whose ROM is gone; returns their report lines.
    /// `discs` gives the disc applications' paths by lower-cased game ID.
    ///
    /// A game counts as missing only when its `ApplicationPath` resolves on this machine and nothing is there, nor
    /// at any of its discs' paths (a game launched through a playlist that is gone still has its discs):
    /// Windows drive paths, URLs and empty paths may be fine elsewhere, so they are left alone. Marking sets
    /// LaunchBox's own `Broken` flag and adds a `<CustomField>` saying since when, so that only marks this tool
    /// made are lifted when the ROM comes back (a game the user marked broken stays broken).
    func handleMissing(_ positions: [Int], in entries: inout [LibraryEntry], discs: [String: [String]])
        -> [LaunchBoxSyncSummary.Game]
    {
        var reports: [LaunchBoxSyncSummary.Game] = []
        var removed: Set<Int> = []
        for position in positions {
            let entry = entries[position]
            guard entry.kind == .game, let absolute = LaunchBoxApplicationPath.resolve(entry.path, root: root),
                !FileManager.default.fileExists(atPath: absolute),
                !hasDiscFile(discs[LaunchBoxPlatformFile.gameID(for: entry).lowercased()] ?? [])
            else { continue }
            let marked = entry.customFields.contains { $0.name == Self.missingMarker }
            if prune {
                removed.insert(position)
                reports.append(report(entry, game: nil, action: "pruned", filled: []))
            } else if marked {
                reports.append(report(entry, game: nil, action: "missing", filled: []))
            } else {
                var entry = entry
                entry.broken = true
                entry.customFields.append(LibraryTextField(name: Self.missingMarker, value: timestamp))
                entry.setField("DateModified", to: timestamp)
                entries[position] = entry
                reports.append(report(entry, game: nil, action: "marked_missing", filled: ["broken"]))
            }
        }
        entries = entries.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        return reports
    }

    /// Whether one of `paths` (disc applications' paths) resolves to a file on this machine.
    private func hasDiscFile(_ paths: [String]) -> Bool {
        paths.contains { path in
            LaunchBoxApplicationPath.resolve(path, root: root).map { FileManager.default.fileExists(atPath: $0) }
                ?? false
        }
    }
}
