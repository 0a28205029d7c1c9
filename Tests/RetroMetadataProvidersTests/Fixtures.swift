import Foundation
import RetroMetadataTesting
import Testing

/// Locates test fixtures and the optional shared reference recordings, relative to this file.
enum Fixtures {
    /// `Tests/RetroMetadataProvidersTests/Fixtures`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture's text.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// A fixture as a JSON answer.
    static func json(_ path: String, status: Int = 200) throws -> FixtureResponse {
        try FixtureResponse.jsonFile(root.appendingPathComponent(path).path, status: status)
    }

    /// Reference recording bodies (not `.meta.json`) for `provider` whose names contain every string in `matching`;
    /// empty when `../shared/reference/api/<provider>` does not exist.
    static func referenceBodies(_ provider: String, matching: [String]) -> [URL] {
        let folder = packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/reference/api/\(provider)")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        let found = names.filter { name in !name.hasSuffix(".meta.json") && matching.allSatisfy { name.contains($0) } }
            .sorted().map { folder.appendingPathComponent($0) }
        // The folder exists, so a filter matching nothing is a broken test, not a missing recording.
        if found.isEmpty { Issue.record("no reference recording in \(folder.path) matches \(matching)") }
        return found
    }
}
