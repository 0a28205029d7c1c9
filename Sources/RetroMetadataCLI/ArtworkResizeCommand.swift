import ArgumentParser
import Foundation
import RetroMetadataArtwork

/// `retro-metadata artwork resize FILE... --output-dir DIR`: the resizer on local files, without the store.
struct ArtworkResizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resize",
        abstract: "Shrink local image files into a folder (never enlarging; files that fit are copied as they are).")

    @OptionGroup var shape: ArtworkShapeOptions

    @Option(help: "Folder for the results (same file names, extension of the output format).")
    var outputDir: String

    @Option(help: "Files resized at once (default: one per core).")
    var jobs: Int?

    @Argument(help: "Image files.")
    var files: [String]

    func run() async throws {
        try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
        let spec = shape.spec
        let outputDir = outputDir
        let failures = await withTaskGroup(of: Int.self) { group in
            let width = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            var started = 0
            var failed = 0
            for file in files {
                if started >= width { failed += await group.next() ?? 0 }
                group.addTask { Self.resize(file, spec: spec, into: outputDir) ? 0 : 1 }
                started += 1
            }
            for await result in group { failed += result }
            return failed
        }
        if failures > 0 { throw ExitCode.partialFailure }
    }

    /// Resizes one file; prints the problem and returns false when it cannot.
    private static func resize(_ file: String, spec: ResizeSpec, into folder: String) -> Bool {
        guard let bytes = FileManager.default.contents(atPath: file) else {
            ArtworkStoreOptions.warn("\(file): cannot read")
            return false
        }
        do {
            let (data, format) = try ImageShaper(resizer: VipsImageResizer()).shape(bytes, spec)
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            try data.write(to: URL(fileURLWithPath: "\(folder)/\(stem).\(format.fileExtension)"), options: .atomic)
            return true
        } catch {
            ArtworkStoreOptions.warn("\(file): \(error)")
            return false
        }
    }
}
