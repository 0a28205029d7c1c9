import Foundation

extension MobyGamesProvider {
    /// The best search term for a ROM: a Sony serial on PS1/PS2/PSP, a MAME set name on arcade, else the title.
    static func searchTerm(fileName: String, platformID: Int) -> String {
        let stem = fileName.split(separator: ".").dropLast().joined(separator: ".")
        let base = stem.isEmpty ? fileName : stem
        if [6, 7, 46].contains(platformID), let serial = sonySerial(base) { return serial }
        if platformID == 143, base.count <= 20,
            base.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        {
            return base
        }
        return SearchTerm.from(fileName: fileName)
    }

    /// `SLUS_012.34` (OPL form) or `SLUS-01234` / `SLUS_01234` as `SLUS-01234`.
    static func sonySerial(_ text: String) -> String? {
        let patterns = [#"([A-Za-z]{4})_(\d{3})\.(\d{2})"#, #"([A-Za-z]{4})[-_](\d{5})"#]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
            else { continue }
            let groups = (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { text[$0] } }
            return groups[0].uppercased() + "-" + groups.dropFirst().joined()
        }
        return nil
    }
}
