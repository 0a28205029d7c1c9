import Foundation
import RetroMetadataCore

extension GameDate {
    /// The UTC calendar day of a Unix timestamp in seconds.
    static func utc(unixSeconds seconds: Int64) -> GameDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(seconds)))
        return GameDate(year: parts.year ?? 1970, month: parts.month, day: parts.day)
    }
}
