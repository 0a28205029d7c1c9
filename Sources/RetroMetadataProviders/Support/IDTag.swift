import Foundation

/// Finds a provider id tag such as `(igdb-1234)` in a file name (case-insensitive, anywhere).
public enum IDTag {
    /// The numeric id tagged with `prefix` in `fileName`, if present.
    public static func find(_ prefix: String, in fileName: String) -> Int? {
        let lower = fileName.lowercased()
        let opener = "(\(prefix.lowercased())-"
        var searchStart = lower.startIndex
        while let range = lower.range(of: opener, range: searchStart..<lower.endIndex) {
            let digits = lower[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, lower[digits.endIndex...].first == ")", let id = Int(digits) { return id }
            searchStart = range.upperBound
        }
        return nil
    }
}
