import Foundation

/// Finds an executable of this package built beside the running tests (`swift build --build-tests`).
public enum BuiltExecutable {
    /// The executable `name` next to the test bundle, or under `.build/debug` of the package.
    public static func url(named name: String) -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
            root.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent(name) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[3]
    }
}
