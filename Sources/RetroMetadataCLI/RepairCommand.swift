import ArgumentParser
import Foundation
import RetroMetadataCore
import RetroMetadataFiles
import RetroMetadataXML

/// `retro-metadata repair`: reads a gamelist.xml or LaunchBox XML leniently and writes it back well-formed.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Rewrite a gamelist.xml or LaunchBox XML file as well-formed XML, keeping all content.",
        discussion: "Prints each repair as file:line:column: what. Nothing is written when the file is unreadable.")

    @Argument(help: "The XML file to repair.")
    var file: String

    @Option(name: .shortAndLong, help: "Where to write the repaired file (may be the input itself; a .bak is kept).")
    var output: String

    @Flag(help: "Print JSON lines: one per repair, then a summary.")
    var json = false

    func run() throws {
        let document: XMLDocument
        let bytes: [UInt8]
        var entries: Int?
        do {
            document = try XMLDocument.read(path: file)
            if document.rootIndex(named: "gameList") != nil {
                // Through GamelistFile so entries are checked the way every other command reads them.
                let gamelist = try GamelistFile(document: document, file: file)
                entries = gamelist.library.entries.count
                bytes = gamelist.serialized()
            } else {
                bytes = document.serialized()
            }
            try AtomicFile.write(bytes, to: output)
        } catch let error as XMLError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        } catch let error as AtomicFileError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let lines = JSONLines()
        for warning in document.warnings {
            if json {
                try lines.emit(RepairLine(file: warning.file, line: warning.line, column: warning.column, message: warning.message))
            } else {
                print(warning.description)
            }
        }
        let summary = RepairSummary(input: file, output: output, repairs: document.repairCount, entries: entries)
        if json {
            try lines.emit(summary)
        } else {
            let omitted = document.repairCount - document.warnings.count
            if omitted > 0 { print("… and \(omitted) more repairs") }
            print("\(document.repairCount) repairs; wrote \(output)" + (entries.map { " (\($0) entries)" } ?? ""))
        }
    }
}

/// One repair in `repair --json` output.
struct RepairLine: Encodable {
    let file: String
    let line: Int
    let column: Int
    let message: String
}

/// The last line of `repair --json` output.
struct RepairSummary: Encodable {
    let input: String
    let output: String
    let repairs: Int
    let entries: Int?
}
