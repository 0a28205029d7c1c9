import Foundation
import RetroMetadata

extension LaunchBoxSyncSummary {
    /// The table printed without `--json`, then the files and the totals.
    func printText() {
        var table = TextTable(headers: ["ACTION", "TITLE", "IDENTIFIED", "FILLED", "PATH"])
        for game in games where game.action != "unchanged" {
            table.rows.append([
                game.action, game.title ?? "-", game.identification ?? "-", game.filled.joined(separator: ", "),
                game.path,
            ])
        }
        if !table.rows.isEmpty { print(table.render(), terminator: "") }
        for file in files { print("\(dryRun ? "would \(file.action)" : file.action): \(file.path)") }
        for repair in repairs { print("repaired: \(repair)") }
        for game in games { for error in game.errors { print("error: \(game.title ?? game.path): \(error)") } }
        let counts = ["added", "updated", "unchanged", "restored", "marked_missing", "missing", "pruned"]
            .map { "\(count($0)) \($0.replacingOccurrences(of: "_", with: " "))" }
        print(
            "\(platform): " + counts.joined(separator: ", ")
                + "; \(media.count) media \(dryRun ? "to place" : "placed"), \(failed) failed"
                + (mediaFailed > 0 ? ", \(mediaFailed) with a failed download" : ""))
    }
}
