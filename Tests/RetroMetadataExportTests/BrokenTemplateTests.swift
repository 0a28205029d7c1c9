import Foundation
import RetroMetadataExport
import Testing

@Suite("Broken manifests and templates name file, line and column")
struct BrokenTemplateTests {
    static func folder(manifest: String, template: String? = nil) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)/mine")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("frontend.json"))
        if let template { try Data(template.utf8).write(to: folder.appendingPathComponent("t.mustache")) }
        return folder.path
    }

    static let valid = """
        {
          "name": "mine", "title": "Mine", "format": "template", "template": "t.mustache",
          "metadataFile": "{system}/list.txt", "dateFormat": "iso", "ratingFormat": "percent",
          "mediaPathsInMetadata": false,
          "media": { "cover": "{system}/{rom_stem}.{ext}" }
        }
        """

    @Test("an unknown media kind is reported at its key")
    func unknownKind() throws {
        let folder = try Self.folder(
            manifest: Self.valid.replacingOccurrences(of: "\"cover\"", with: "\"covr\""), template: "")
        let error = #expect(throws: ExportError.self) { try FrontendCatalog.loadFrontend(in: folder) }
        #expect(error?.file == folder + "/frontend.json")
        #expect(error?.line == 5)
        #expect(error?.column == 14)
    }

    @Test("invalid JSON names a line")
    func badJSON() throws {
        let folder = try Self.folder(manifest: "{\n  \"name\": \"mine\",,\n}", template: "")
        let error = #expect(throws: ExportError.self) { try FrontendCatalog.loadFrontend(in: folder) }
        #expect(error?.code == .badManifest)
        #expect(error?.line != nil)
    }

    @Test("a template naming an unknown transform is reported at the tag")
    func unknownTransform() throws {
        let folder = try Self.folder(manifest: Self.valid, template: "{{#games}}\n  x: {{shout(name)}}\n{{/games}}\n")
        let error = #expect(throws: ExportError.self) { try FrontendCatalog.loadFrontend(in: folder) }
        #expect(error?.file == folder + "/t.mustache")
        #expect(error?.line == 2)
        #expect(error?.column == 6)
    }

    @Test("a template that does not parse is reported with its position")
    func unclosedSection() throws {
        let folder = try Self.folder(manifest: Self.valid, template: "line\n{{#games}}\n{{name}}\n")
        let error = #expect(throws: ExportError.self) { try FrontendCatalog.loadFrontend(in: folder) }
        #expect(error?.code == .badTemplate)
        #expect(error?.line != nil)
    }
}
