import Foundation
import RetroMetadataCore
import RetroMetadataXML

/// What `convert` read: a gamelist or a LaunchBox platform file, its library and its platform.
public struct ConvertSource {
    /// The file read.
    public let path: String
    /// `es`, `esde`, `batocera`, `recalbox` or `launchbox`.
    public let format: String
    /// The platform the source names (folder name or LaunchBox `<Platform>`).
    public let platform: String?
    /// The gamelist, when the source is one.
    public let gamelist: GamelistFile?
    /// The LaunchBox file, when the source is one.
    public let launchBox: LaunchBoxPlatformFile?
    /// Repairs made while reading.
    public let repairs: [XMLDiagnostic]
    /// The entries of a text format source (Pegasus, AttractMode, RetroArch).
    public var textLibrary: Library? = nil

    /// A source read from `path` in `format`.
    public init(
        path: String, format: String, platform: String?, gamelist: GamelistFile?, launchBox: LaunchBoxPlatformFile?,
        repairs: [XMLDiagnostic], textLibrary: Library? = nil
    ) {
        self.path = path
        self.format = format
        self.platform = platform
        self.gamelist = gamelist
        self.launchBox = launchBox
        self.repairs = repairs
        self.textLibrary = textLibrary
    }

    /// The entries read.
    public var library: Library { gamelist?.library ?? launchBox?.library ?? textLibrary ?? Library() }

    /// Reads `source`: a gamelist.xml, a folder holding one, or a LaunchBox platform XML.
    public static func load(_ source: String, from: String? = nil) throws -> ConvertSource {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder) else {
            throw XMLError.io("no such file or folder", file: source)
        }
        var path = source
        if isFolder.boolValue {
            let folder = URL(fileURLWithPath: source)
            let pegasus = folder.appendingPathComponent("metadata.pegasus.txt").path
            path =
                FileManager.default.fileExists(atPath: pegasus) && from != "es" && from != "esde" && from != "batocera"
                ? pegasus : folder.appendingPathComponent("gamelist.xml").path
        }
        if let text = try ConvertTextSource.load(path, from: from) { return text }
        let document = try XMLDocument.read(path: path)
        if document.rootIndex(named: "LaunchBox") != nil {
            let file = try LaunchBoxPlatformFile(document: document, file: path)
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return ConvertSource(
                path: path, format: "launchbox", platform: file.library.platform ?? stem, gamelist: nil,
                launchBox: file,
                repairs: document.warnings)
        }
        let file = try GamelistFile(document: document, file: path)
        var folder = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
        if folder == "." || folder.isEmpty {
            folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent
        }
        return ConvertSource(
            path: path, format: file.flavour.name, platform: folder, gamelist: file, launchBox: nil,
            repairs: document.warnings)
    }

    /// The entries for the target family: crossing between gamelist and LaunchBox drops the other format's extras.
    public func entries(forGamelist: Bool) -> [LibraryEntry] {
        let sameFamily = forGamelist == (launchBox == nil)
        guard !sameFamily else { return library.entries }
        // LaunchBox has no folder entries; their games are listed on their own.
        return library.entries.filter { forGamelist || $0.kind == .game }.map { entry in
            var entry = entry
            entry.fields = []
            entry.unknownElements = []
            entry.unknownAttributes = []
            return entry
        }
    }
}

/// Updates an existing output's entries from converted ones, matching by path (and kind, for gamelists).
public enum ConvertMerge {
    /// `existing` with each match updated from its converted entry (nothing erased), new entries appended.
    public static func merge(_ converted: [LibraryEntry], into existing: [LibraryEntry], matchingKind: Bool = true)
        -> [LibraryEntry]
    {
        func key(_ entry: LibraryEntry) -> String { (matchingKind ? entry.kind.rawValue : "") + "\u{0}" + entry.path }
        var result = existing
        var indexByKey: [String: Int] = [:]
        for (index, entry) in existing.enumerated() where indexByKey[key(entry)] == nil {
            indexByKey[key(entry)] = index
        }
        for entry in converted {
            if let index = indexByKey[key(entry)] {
                result[index] = result[index].merging(entry)
            } else {
                result.append(entry)
            }
        }
        return result
    }
}
