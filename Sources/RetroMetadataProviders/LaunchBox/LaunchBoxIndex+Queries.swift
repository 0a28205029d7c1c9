import Foundation
import RetroMetadataCore
import RetroMetadataSQLite

extension LaunchBoxIndex {
    /// Number of games stored.
    public var gameCount: Int {
        (try? database.query("SELECT COUNT(*) FROM game").first?[0].integer).flatMap { $0 }.map(Int.init) ?? 0
    }

    /// The game with LaunchBox DatabaseID `id`, with its alternate names and images.
    func entry(id: Int64) throws -> LaunchBoxEntry? {
        let columns =
            "id, name, platform, release_date, overview, max_players, cooperative, video_url, wikipedia_url, "
            + "rating, esrb, genres, developer, publisher"
        guard let row = try database.query("SELECT \(columns) FROM game WHERE id = ?", [.integer(id)]).first else {
            return nil
        }
        let names = try database.query(
            "SELECT name, region FROM name WHERE id = ? AND alternate = 1 ORDER BY rowid", [.integer(id)])
        let images = try database.query(
            "SELECT type, region, file_name FROM image WHERE id = ? ORDER BY rowid", [.integer(id)])
        return LaunchBoxEntry(
            id: id, name: row[1].text ?? "", platform: row[2].text, releaseDate: row[3].text, overview: row[4].text,
            maxPlayers: row[5].integer.map(Int.init), cooperative: row[6].integer.map { $0 != 0 },
            videoURL: row[7].text, wikipediaURL: row[8].text, rating: row[9].real, esrb: row[10].text,
            genres: (row[11].text ?? "").split(separator: ";").map(String.init), developer: row[12].text,
            publisher: row[13].text,
            alternateNames: names.map { (name: $0[0].text ?? "", region: $0[1].text) },
            images: images.map {
                LaunchBoxEntry.Image(type: $0[0].text ?? "", region: $0[1].text, fileName: $0[2].text ?? "")
            })
    }

    /// Games named (or alternately named) like `term`, optionally on one LaunchBox platform: exact normalised
    /// matches first, then names sharing the term's longest word; each with the name that matched.
    func candidates(_ term: String, platform: String?, limit: Int) throws -> [(id: Int64, name: String, exact: Bool)] {
        let key = Self.key(term)
        guard !key.isEmpty else { return [] }
        let platformFilter = platform == nil ? "" : " AND g.platform = ?"
        let platformValue: [SQLiteValue] = platform.map { [.text($0)] } ?? []
        let sql = "SELECT n.id, n.name FROM name n JOIN game g ON g.id = n.id WHERE n.key "
        let exact = try database.query(
            sql + "= ?" + platformFilter + " LIMIT ?", [.text(key)] + platformValue + [.integer(Int64(limit))])
        let words: [String] = key.components(separatedBy: " ")
        let word = words.max { $0.count < $1.count } ?? key
        let similar = try database.query(
            sql + "LIKE ?" + platformFilter + " LIMIT ?",
            [.text("%\(word)%")] + platformValue + [.integer(Int64(limit))])
        var seen = Set<String>()
        var result: [(id: Int64, name: String, exact: Bool)] = []
        for (rows, isExact) in [(exact, true), (similar, false)] {
            for row in rows {
                guard let id = row[0].integer, let name = row[1].text, seen.insert("\(id)|\(name)").inserted else {
                    continue
                }
                result.append((id, name, isExact))
            }
        }
        return result
    }
}
