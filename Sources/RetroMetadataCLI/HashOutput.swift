import RetroMetadataCore

/// Prints `hash` results: JSON lines as they come, or a table at the end.
struct HashOutput {
    private let json: Bool
    private var table = TextTable(headers: ["PATH", "SIZE", "CRC32", "MD5", "SHA1"])

    /// Creates the output; `json` chooses JSON lines over a table.
    init(json: Bool) {
        self.json = json
    }

    /// Adds the records of one file (printed at once as JSON, kept for the table otherwise).
    mutating func add(file: String, records: [HashRecord]) {
        for record in records {
            let line = HashLine(filePath: file, record: record)
            if json {
                print(line.json())
                continue
            }
            table.rows.append(HashOutput.cells(line.path, record.hashes))
            if let headerless = record.headerless {
                table.rows.append(HashOutput.cells("  (headerless)", headerless))
            }
        }
    }

    /// Prints the table (human output).
    func finish() {
        if !json, !table.rows.isEmpty { print(table.render(), terminator: "") }
    }

    private static func cells(_ path: String, _ hashes: FileHashes) -> [String] {
        [path, String(hashes.size), hashes.crc32, hashes.md5, hashes.sha1]
    }
}
