import RetroMetadataCore

extension IGDBProvider {
    /// Boards and their ratings in `rating_category` order: 1-7 ESRB, 8-12 PEGI, 13-17 CERO, 18-22 USK,
    /// 23-27 GRAC, 28-33 CLASS_IND, 34-39 ACB.
    static let ageRatingTable: [(board: String, ratings: [String])] = [
        ("ESRB", ["RP", "EC", "E", "E10+", "T", "M", "AO"]),
        ("PEGI", ["3", "7", "12", "16", "18"]),
        ("CERO", ["A", "B", "C", "D", "Z"]),
        ("USK", ["0", "6", "12", "16", "18"]),
        ("GRAC", ["ALL", "12+", "15+", "19+", "TESTING"]),
        ("CLASS_IND", ["L", "10", "12", "14", "16", "18"]),
        ("ACB", ["G", "PG", "M", "MA 15+", "R 18+", "RC"]),
    ]

    /// The age rating for an IGDB `rating_category` number, `nil` when unknown.
    static func ageRating(_ category: Int) -> AgeRating? {
        var index = category - 1
        guard index >= 0 else { return nil }
        for (board, ratings) in ageRatingTable {
            if index < ratings.count { return AgeRating(board: board, rating: ratings[index]) }
            index -= ratings.count
        }
        return nil
    }
}
