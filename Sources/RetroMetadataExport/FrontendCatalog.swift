import Foundation

/// Every frontend the manifests describe, by name; later folders override earlier ones.
public struct FrontendCatalog: Sendable {
    /// The frontends, sorted by name.
    public private(set) var frontends: [Frontend] = []

    /// Creates an empty catalog.
    public init() {}

    /// Loads every `<folder>/<frontend>/frontend.json` of each of `folders`, in order (a later one replaces a
    /// frontend of the same name), checking each manifest and template.
    public static func load(folders: [String]) throws(ExportError) -> FrontendCatalog {
        var catalog = FrontendCatalog()
        for folder in folders {
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted() } catch {
                throw ExportError(.io, "cannot list templates folder", file: folder)
            }
            for name in names where FileManager.default.fileExists(atPath: "\(folder)/\(name)/frontend.json") {
                catalog.add(try Self.loadFrontend(in: "\(folder)/\(name)"))
            }
        }
        return catalog
    }

    /// Adds `frontend`, replacing one of the same name.
    public mutating func add(_ frontend: Frontend) {
        frontends.removeAll { $0.name == frontend.name }
        frontends.append(frontend)
        frontends.sort { $0.name < $1.name }
    }

    /// The frontend called `name` (or with `name` among its aliases), case-insensitively.
    public func frontend(named name: String) throws(ExportError) -> Frontend {
        let wanted = name.lowercased()
        if let found = frontends.first(where: { $0.name == wanted || ($0.manifest.aliases ?? []).contains(wanted) }) {
            return found
        }
        throw ExportError(
            .unknownFrontend, "unknown frontend \(name) (known: \(frontends.map(\.name).joined(separator: ", ")))")
    }

    /// Loads and checks the frontend in `directory`.
    public static func loadFrontend(in directory: String) throws(ExportError) -> Frontend {
        let path = "\(directory)/frontend.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExportError(.io, "cannot read", file: path)
        }
        let text = String(decoding: data, as: UTF8.self)
        let manifest: FrontendManifest
        do { manifest = try JSONDecoder().decode(FrontendManifest.self, from: data) } catch {
            throw ManifestDecodingFailure.error(error, file: path, text: text)
        }
        try manifest.validate(file: path, text: text)
        var template: ExportTemplate?
        if manifest.format == .template, let file = manifest.template {
            template = try ExportTemplate.load(path: "\(directory)/\(file)")
        }
        var extras: [ExportTemplate] = []
        for extra in manifest.extraFiles ?? [] {
            extras.append(try ExportTemplate.load(path: "\(directory)/\(extra.template)"))
        }
        return Frontend(manifest: manifest, directory: directory, template: template, extraTemplates: extras)
    }
}
