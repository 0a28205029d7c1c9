import ArgumentParser
import Foundation
import RetroMetadataCore

/// `--media` and `--no-download`, shared by `scrape` and `sync launchbox`.
struct MediaOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only these media kinds, comma-separated (default: all).", valueName: "kinds"))
    var media: String?

    @Flag(help: "Place only media already on disk; download nothing (for offline runs).")
    var noDownload = false

    /// The kinds named with `--media`, or `nil` without it (all kinds); an unknown kind exits with status 2.
    func kinds() throws -> Set<MediaKind>? {
        guard let media else { return nil }
        let names = media.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let unknown = names.filter { MediaKind(rawValue: $0) == nil }
        guard unknown.isEmpty else {
            let known = MediaKind.allCases.map(\.rawValue).joined(separator: ", ")
            HashCommand.warn("error: unknown media kind '\(unknown[0])' (known: \(known))")
            throw ExitCode.badInput
        }
        return Set(names.compactMap(MediaKind.init(rawValue:)))
    }
}
