import Foundation

/// Locates the shared corpus of real third-party files, when this checkout sits beside it.
enum ReferenceFiles {
    /// The `reference/files/<kind>` folder next to the package, if present.
    static func folder(_ kind: String) -> URL? {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = package.deletingLastPathComponent().appendingPathComponent("shared/reference/files/\(kind)")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Paths of the `.xml` files in `reference/files/<kind>`, or none when the corpus is absent.
    static func xmlFiles(_ kind: String) -> [String] {
        guard let folder = folder(kind),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rm-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Fixture files committed beside the tests.
enum Fixtures {
    /// Path of `Fixtures/<name>`.
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    /// Names of every `.xml` fixture.
    static var xmlFiles: [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { folder.appendingPathComponent($0).path }
    }
}
