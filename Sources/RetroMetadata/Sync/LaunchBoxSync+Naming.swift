import Foundation
import RetroMetadataCore

extension LaunchBoxSync {
    /// A ROM-style name split the way LaunchBox's own import writes it: the display title and the tags as
    /// `Version` (`Legend of Zelda, The (USA) (Rev 1)` → `The Legend of Zelda`, `(USA) (Rev 1)`).
    ///
    /// Names without tags come back as they are, with no version.
    static func titleAndVersion(_ name: String) -> (title: String, version: String?) {
        // The extension stands in for a file's, so a title ending in a dot-word ("Dr. Mario") stays whole.
        let parsed = RomName(parsing: name + ".rom")
        guard !parsed.tags.isEmpty, !parsed.name.isEmpty,
            let start = name.firstIndex(where: { $0 == "(" || $0 == "[" })
        else { return (name, nil) }
        let version = name[start...].trimmingCharacters(in: .whitespaces)
        return (parsed.displayTitle, version.isEmpty ? nil : version)
    }

    /// LaunchBox's region names for the region codes providers give; declared once.
    static let regionNames: [String: String] = [
        "us": "North America", "ca": "Canada", "eu": "Europe", "jp": "Japan", "wor": "World", "au": "Australia",
        "uk": "United Kingdom", "de": "Germany", "fr": "France", "es": "Spain", "it": "Italy", "kr": "Korea",
        "cn": "China", "br": "Brazil",
    ]

    /// `region` as LaunchBox names it (`eu` → `Europe`); text that is not a known code stays as it is.
    static func launchBoxRegion(_ region: String?) -> String? {
        region.map { regionNames[$0.lowercased()] ?? $0 }
    }
}
