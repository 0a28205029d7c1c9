import ArgumentParser
import Foundation
import RetroMetadata
import RetroMetadataCore
import RetroMetadataScan

/// `retro-metadata identify`: hashes each ROM and identifies it by hash and name at every enabled provider.
struct IdentifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "identify",
        abstract: "Identify ROM files by their hashes and names.",
        discussion: """
            An id tag such as (igdb-1234) in a file name pins the game. Otherwise a hash match wins \
            (hash+name when the names agree, 0.6 or more); else the cleaned name is searched and taken \
            when only one game passes its provider's threshold (name_unique) or the best scores 0.8 or \
            more with a 0.2 lead (name_best). Exit status 3 when a file could not be read or had no \
            match because providers failed.
            """)

    @Flag(help: "Print one JSON object per file.")
    var json = false

    @Flag(inversion: .prefixedNo, help: "Take a name match only when it is unique or clearly best.")
    var requireUnique = true

    @OptionGroup var client: ClientOptions

    @Argument(help: "ROM files or folders.")
    var paths: [String]

    func run() async throws {
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        guard missing.isEmpty else {
            for path in missing { HashCommand.warn("error: \(path): no such file or directory") }
            throw ExitCode.badInput
        }
        let platform = try client.platformSlug()
        let keys = try client.providerKeys()
        let found = (platform.map { RomFinder(platform: $0) } ?? RomFinder()).find(in: paths)
        for issue in found.issues { HashCommand.warn("warning: \(issue)") }
        // Hashes are kept by path, size and time in the state folder, as `hash` does, so re-runs do not re-read.
        let scanner = RomScanner(hashCache: HashCommand.openHashCache(directory: client.cache.stateDirectory()))
        var outcomes = [HashOutcome?](repeating: nil, count: found.files.count)
        let summary = await scanner.hash(found.files) { index, outcome in outcomes[index] = outcome }
        if let cacheError = summary.cacheError { HashCommand.warn("warning: hash cache not updated: \(cacheError)") }
        let hashed = outcomes.compactMap { $0 }
        let lines = try await client.withClient { client in
            var lines: [IdentifyLine] = []
            for hashing in hashed {
                let file = hashing.file
                let outcome: IdentifyOutcome
                switch hashing.result {
                case .success(let records):
                    let hashes = records.max { $0.hashes.size < $1.hashes.size }?.hashes
                    outcome = try await client.identifySmart(
                        fileName: file.fileName, hashes: hashes, platform: platform, providers: keys,
                        requireUnique: requireUnique)
                case .failure(let error):
                    let failure = ProviderFailure(provider: "scan", operation: "hash", code: "io", message: "\(error)")
                    outcome = IdentifyOutcome(errors: [failure])
                }
                lines.append(IdentifyLine(path: file.path, outcome: outcome))
            }
            return lines
        }
        try print(lines)
        if lines.contains(where: \.failed) || !found.issues.isEmpty { throw ExitCode.partialFailure }
    }

    private func print(_ lines: [IdentifyLine]) throws {
        if json {
            for line in lines { Swift.print(try line.json().text) }
            return
        }
        var table = TextTable(headers: ["PATH", "MATCH", "PROVIDER", "ID", "SCORE", "TYPE"])
        for line in lines {
            let game = line.outcome.game
            let match = game?.match
            table.rows.append([
                line.path, game?.name ?? "-", match?.provider.rawValue ?? "",
                match.flatMap { game?.ids[$0.provider] } ?? "",
                match.map { String(format: "%.3f", $0.score) } ?? "", match?.type.rawValue ?? "",
            ])
        }
        Swift.print(table.render(), terminator: "")
        for line in lines {
            for failure in line.outcome.errors { HashCommand.warn("warning: \(line.path): \(failure)") }
        }
    }
}
