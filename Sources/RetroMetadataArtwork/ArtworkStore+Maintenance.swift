import Foundation
import RetroMetadataFiles
import RetroMetadataSQLite

extension ArtworkStore {
    /// Counts files, bytes, URLs and variants, and the files on disk the index does not know.
    public func statistics() throws(ArtworkError) -> ArtworkStatistics {
        let indexed = try indexedFiles()
        var stats = ArtworkStatistics(
            root: root, files: 0, bytes: 0, urls: try count("artwork_urls"), variants: try count("artwork_variants"),
            unreferencedFiles: 0, filesByFormat: [:])
        for file in diskFiles() {
            if let format = indexed[file.sha1] {
                stats.files += 1
                stats.bytes += file.bytes
                stats.filesByFormat[format, default: 0] += 1
            } else {
                stats.unreferencedFiles += 1
            }
        }
        return stats
    }

    /// Removes every file and record except the files in `keeping` (content hashes) and their variants.
    @discardableResult
    public func prune(keeping: Set<String>) throws(ArtworkError) -> ArtworkPruneReport {
        let variants = try index.run { () throws(SQLiteError) in
            try index.database.query("SELECT source, sha1 FROM artwork_variants")
        }
        var kept = keeping
        for row in variants where keeping.contains(row[0].text ?? "") { kept.insert(row[1].text ?? "") }
        let list = kept.sorted().map { "'\($0.filter(\.isHexDigit))'" }.joined(separator: ",")
        let statements = [
            "DELETE FROM artwork_urls WHERE sha1 NOT IN (\(list))",
            "DELETE FROM artwork_variants WHERE source NOT IN (\(list)) OR sha1 NOT IN (\(list))",
            "DELETE FROM artwork_files WHERE sha1 NOT IN (\(list))",
        ]
        let removed = try deleteRows(statements)
        var report = try removeUnindexedFiles()
        report.removedRecords += removed
        return report
    }

    /// Removes files no URL refers to (variants of files a URL refers to stay), files on disk the index
    /// does not know, and partial files older than an hour. Run it when no fetch is under way.
    @discardableResult
    public func pruneUnreferenced() throws(ArtworkError) -> ArtworkPruneReport {
        let statements = [
            "DELETE FROM artwork_variants WHERE source NOT IN (SELECT sha1 FROM artwork_urls)",
            """
            DELETE FROM artwork_files WHERE sha1 NOT IN (SELECT sha1 FROM artwork_urls)
                AND sha1 NOT IN (SELECT sha1 FROM artwork_variants)
            """,
        ]
        let removed = try deleteRows(statements)
        var report = try removeUnindexedFiles()
        report.removedRecords += removed
        return report
    }

    /// Runs each DELETE statement, returning how many rows they removed in all.
    private func deleteRows(_ statements: [String]) throws(ArtworkError) -> Int {
        var removed = 0
        for statement in statements {
            removed += try index.run { () throws(SQLiteError) -> Int in
                try index.database.run(statement)
                return Int(try index.database.query("SELECT changes()").first?[0].integer ?? 0)
            }
        }
        return removed
    }

    private func count(_ table: String) throws(ArtworkError) -> Int {
        try index.run { () throws(SQLiteError) in
            Int(try index.database.query("SELECT COUNT(*) FROM \(table)").first?[0].integer ?? 0)
        }
    }

    private func indexedFiles() throws(ArtworkError) -> [String: String] {
        let rows = try index.run { () throws(SQLiteError) in
            try index.database.query("SELECT sha1, format FROM artwork_files")
        }
        var files: [String: String] = [:]
        for row in rows { files[row[0].text ?? ""] = row[1].text ?? "" }
        return files
    }

    private func removeUnindexedFiles() throws(ArtworkError) -> ArtworkPruneReport {
        let indexed = try indexedFiles()
        var report = ArtworkPruneReport(removedFiles: 0, freedBytes: 0, removedRecords: 0)
        for file in diskFiles() where indexed[file.sha1] == nil {
            guard unlink(file.path) == 0 else { continue }
            report.removedFiles += 1
            report.freedBytes += file.bytes
        }
        return report
    }

    /// Every file in the two-letter folders: its hash (folder + stem), path and size; partial files hash to "".
    func diskFiles() -> [(sha1: String, path: String, bytes: Int64)] {
        let manager = FileManager.default
        var files: [(String, String, Int64)] = []
        for folder in (try? manager.contentsOfDirectory(atPath: root)) ?? [] where folder.count == 2 {
            for name in (try? manager.contentsOfDirectory(atPath: "\(root)/\(folder)")) ?? [] {
                let path = "\(root)/\(folder)/\(name)"
                let size = (try? manager.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
                let isPartial = name.hasPrefix(AtomicFile.temporaryPrefix)
                // A young partial file may belong to a download still running in another process.
                if isPartial, let modified = try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date,
                    modified > Date(timeIntervalSinceNow: -3600)
                {
                    continue
                }
                let stem = (name as NSString).deletingPathExtension
                files.append((isPartial ? "" : folder + stem, path, size))
            }
        }
        return files
    }
}
