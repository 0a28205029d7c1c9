import ArgumentParser
import Foundation
import RetroMetadataCore

/// A comma-separated list of media kinds as given on the command line (`cover,screenshot`).
enum MediaKindList {
    /// The kinds named in `text`, or `nil` for no text (all kinds); an unknown kind exits with status 2.
    static func parse(_ text: String?) throws -> Set<MediaKind>? {
        guard let text else { return nil }
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let unknown = names.filter { MediaKind(rawValue: $0) == nil }
        guard unknown.isEmpty else {
            let known = MediaKind.allCases.map(\.rawValue).joined(separator: ", ")
            HashCommand.warn("error: unknown media kind '\(unknown[0])' (known: \(known))")
            throw ExitCode.badInput
        }
        return Set(names.compactMap(MediaKind.init(rawValue:)))
    }
}
