import ArgumentParser
import Foundation
import RetroMetadataCore

/// `retro-metadata inspect`: shows how ROM names are understood.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how ROM file names are understood: title, regions, languages, version, tags, flags.",
        discussion: "With no NAME, names are read from standard input, one per line."
    )

    @Flag(help: "Print one JSON object per line.")
    var json = false

    @Argument(help: "ROM file names or paths.")
    var names: [String] = []

    func run() throws {
        let lines = JSONLines()
        var table = TextTable(headers: InspectRow.headers)
        let emit: (String) throws -> Void = { name in
            let rom = RomName(parsing: name)
            if json {
                try lines.emit(InspectRow(rom))
            } else {
                table.rows.append(InspectRow.cells(for: rom))
            }
        }
        var badLines = 0
        if names.isEmpty {
            try StandardInputLines.read { line in
                switch line {
                case .text(let text): try emit(text)
                case .invalid(let number):
                    badLines += 1
                    FileHandle.standardError.write(Data("inspect: line \(number): not valid UTF-8, skipped\n".utf8))
                }
            }
        } else {
            for name in names { try emit(name) }
        }
        if !json { print(table.render(), terminator: "") }
        if badLines > 0 { throw ExitCode.badInput }
    }
}
