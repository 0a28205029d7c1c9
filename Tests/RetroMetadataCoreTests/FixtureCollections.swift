import Foundation

/// Reads `Fixtures/title-pairs.tsv`: collection, file name, title per line; `#` starts a comment;
/// a line with an empty file name adds a title with no file (a decoy).
enum FixtureCollections {
    /// The fixture file.
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/title-pairs.tsv")

    static func load() throws -> MatchEvaluation {
        let text = try String(contentsOf: url, encoding: .utf8)
        var order: [String] = []
        var collections: [String: MatchEvaluation.Collection] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, !fields[2].isEmpty else {
                throw FixtureError(message: "\(url.lastPathComponent):\(number + 1): expected 3 tab-separated fields")
            }
            if collections[fields[0]] == nil {
                order.append(fields[0])
                collections[fields[0]] = .init(name: fields[0], titles: [], pairs: [])
            }
            if !(collections[fields[0]]?.titles.contains(fields[2]) ?? true) {
                collections[fields[0]]?.titles.append(fields[2])
            }
            if !fields[1].isEmpty { collections[fields[0]]?.pairs.append((fields[1], fields[2])) }
        }
        return MatchEvaluation(collections: order.compactMap { collections[$0] })
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
