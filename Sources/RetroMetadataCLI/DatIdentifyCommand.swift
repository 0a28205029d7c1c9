import ArgumentParser
import Foundation
import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataScan

/// `retro-metadata dat identify`: hash files and name them from DAT files, offline and exactly.
struct DatIdentifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "identify",
        abstract: "Hash ROM files and look them up in DAT files (SHA1, then MD5, then CRC32 with size).",
        discussion: "DATs come from --dat and RETRO_METADATA_DAT_PATHS (colon-separated files or folders)."
    )

    @Option(name: .customLong("dat"), help: "A DAT file or a folder of DATs (repeatable).")
    var dats: [String] = []

    @Flag(help: "Print one JSON object per line.")
    var json = false

    @Argument(help: "ROM files or folders.")
    var paths: [String]

    func run() async throws {
        let configured = (ProcessInfo.processInfo.environment["RETRO_METADATA_DAT_PATHS"] ?? "")
            .split(separator: ":").map(String.init)
        guard !(dats + configured).isEmpty else {
            throw ValidationError("no DAT files: pass --dat PATH or set RETRO_METADATA_DAT_PATHS")
        }
        let index: DATIndex
        do {
            index = try DATIndex(paths: dats + configured)
        } catch {
            HashCommand.warn("error: \(error)")
            throw ExitCode.badInput
        }
        let found = RomFinder().find(in: paths)
        for issue in found.issues { HashCommand.warn(issue.description) }
        let scanner = RomScanner(concurrency: 1)
        var lines: [DatIdentification] = []
        var failed = !found.issues.isEmpty
        for file in found.files {
            do {
                for record in try scanner.records(of: file) {
                    lines.append(DatIdentification(file: file.path, record: record, index: index))
                }
            } catch {
                HashCommand.warn(error.description)
                failed = true
            }
        }
        if json {
            for line in lines { try JSONLines().emit(line) }
        } else {
            var table = TextTable(headers: ["FILE", "GAME", "MATCHED BY"])
            for line in lines {
                let name = line.member.map { "\(line.file) [\($0)]" } ?? line.file
                table.rows.append([name, line.name ?? "-", line.matchedBy ?? "no match"])
            }
            print(table.render(), terminator: "")
        }
        if failed { throw ExitCode.partialFailure }
    }
}
