import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataFiles
import RetroMetadataXML

/// One conversion: the metadata files to write and the media to place, then writing them (unless a dry run).
public struct ConvertPlan {
    public let loaded: ConvertSource
    public let platform: String
    public let target: Frontend
    public let sourceFrontend: Frontend?
    public let output: String
    /// LaunchBox: every disc's path for each multi-disc game, keyed by the game's ApplicationPath.
    public var discApplications: [String: [String]] = [:]
    /// Media not on disk yet, by entry path and kind (a scrape's dry run: the URLs it would download); listed by a
    /// dry run where the entry has no file of the kind, never placed.
    public var pendingMedia: [String: [MediaKind: String]] = [:]

    /// A conversion of `loaded` (platform `platform`) into `target`'s layout under `output`.
    public init(loaded: ConvertSource, platform: String, target: Frontend, sourceFrontend: Frontend?, output: String) {
        self.loaded = loaded
        self.platform = platform
        self.target = target
        self.sourceFrontend = sourceFrontend
        self.output = output
    }

    /// Plans, then writes (or only reports, for a dry run).
    public mutating func run(placement: PlacementMode, dryRun: Bool) throws -> ConvertSummary {
        let names = ConvertPlatformNames.names(for: platform, frontend: target.name)
        let exporter = FrontendExporter(frontend: target, names: names)
        let entries = loaded.entries(forGamelist: target.manifest.format != .launchbox)
        var sources = ConvertMediaSources(loaded: loaded, platform: platform, frontend: sourceFrontend)
            .find(for: entries)
        if dryRun {
            for (index, entry) in entries.enumerated() {
                sources[index].merge(pendingMedia[entry.path] ?? [:]) { found, _ in found }
            }
        }
        let media = exporter.mediaFiles(entries: entries, sources: sources)
        let withMedia = exporter.entriesWithMedia(entries, media: media)
        let files = try metadataFiles(exporter: exporter, entries: withMedia, media: media)
        var fileReports: [ConvertSummary.FileChange] = []
        for (path, bytes) in files {
            let existing = FileManager.default.contents(atPath: path)
            let action = existing == nil ? "create" : existing == Data(bytes) ? "unchanged" : "replace"
            fileReports.append(.init(path: path, action: action))
            if !dryRun, action != "unchanged" { try AtomicFile.write(bytes, to: path) }
        }
        var mediaReports: [ConvertSummary.MediaChange] = []
        let placer = ConvertMediaPlacement(output: output, mode: placement, rules: target.manifest.images)
        // Every destination is checked and reported before the first file is placed, so a file test is needed only
        // in folders that already exist (a fresh output has none).
        var folderExists: [Substring: Bool] = [:]
        for file in media {
            let destination = try placer.destination(of: file)
            let folder = destination[..<(destination.utf8.lastIndex(of: UInt8(ascii: "/")) ?? destination.endIndex)]
            let inExistingFolder = folderExists[folder] ?? FileManager.default.fileExists(atPath: String(folder))
            folderExists[folder] = inExistingFolder
            let exists = inExistingFolder && FileManager.default.fileExists(atPath: destination)
            mediaReports.append(
                .init(
                    entry: file.entry, kind: file.kind.rawValue, source: file.source, destination: destination,
                    action: exists ? "replace" : "create"))
        }
        if !dryRun {
            for file in media { try placer.place(file) }
        }
        return ConvertSummary(
            source: loaded.path, from: loaded.format, to: target.name, platform: platform, entries: entries.count,
            outputs: files.map(\.0), repairs: loaded.repairs.count, dryRun: dryRun, files: fileReports,
            media: mediaReports,
            fields: dryRun ? withMedia.map(ConvertSummary.EntryFields.init) : nil)
    }

    /// The metadata files' absolute paths and new contents.
    private func metadataFiles(exporter: FrontendExporter, entries: [LibraryEntry], media: [ExportPlan.MediaFile])
        throws -> [(String, [UInt8])]
    {
        let root = URL(fileURLWithPath: output)
        let path = try ArtworkStore.checkedDestination(exporter.layout.metadataPath, under: root.path)
        switch target.manifest.format {
        case .gamelist:
            let flavour = GamelistFlavour.named(target.manifest.flavour ?? "es") ?? .emulationStation
            var file: GamelistFile
            if FileManager.default.fileExists(atPath: path) {
                file = try GamelistFile.read(path: path, flavour: flavour)
                file.library.entries = ConvertMerge.merge(entries, into: file.library.entries)
            } else if var gamelist = loaded.gamelist {
                // ES to ES: the source document itself, so every element, known or unknown, survives.
                gamelist.library.entries = entries
                file = gamelist
            } else {
                file = GamelistFile(flavour: flavour, library: Library(entries: entries))
            }
            file.flavour = flavour
            return [(path, file.serialized())]
        case .launchbox:
            var file: LaunchBoxPlatformFile
            if FileManager.default.fileExists(atPath: path) {
                file = try LaunchBoxPlatformFile.read(path: path)
                file.library.entries = ConvertMerge.merge(entries, into: file.library.entries, matchingKind: false)
            } else if var source = loaded.launchBox {
                source.library.entries = entries
                file = source
            } else {
                file = LaunchBoxPlatformFile(
                    platform: exporter.layout.names.platform, library: Library(entries: entries))
            }
            file.addDiscApplications(discApplications)
            let platformsPath = root.appendingPathComponent("Data/Platforms.xml").path
            var platforms =
                FileManager.default.fileExists(atPath: platformsPath)
                ? try LaunchBoxPlatformsFile.read(path: platformsPath) : LaunchBoxPlatformsFile()
            platforms.addPlatform(exporter.layout.names.platform)
            return [(path, file.serialized()), (platformsPath, platforms.serialized())]
        case .template:
            let romDirectory = URL(fileURLWithPath: loaded.path).deletingLastPathComponent().standardizedFileURL.path
            var files = [(path, exporter.renderText(entries, media: media, romDirectory: romDirectory))]
            for extra in exporter.renderExtraFiles(entries, media: media, romDirectory: romDirectory) {
                files.append((try ArtworkStore.checkedDestination(extra.path, under: root.path), extra.bytes))
            }
            return files
        }
    }
}
