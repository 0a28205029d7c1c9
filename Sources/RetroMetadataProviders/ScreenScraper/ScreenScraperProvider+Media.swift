import RetroMetadataCore

extension ScreenScraperProvider {
    /// ScreenScraper media types and the kind each maps to; within a kind, earlier types are preferred.
    static let mediaTypes: [(type: String, kind: MediaKind)] = [
        ("box-2D", .cover), ("box-2D-back", .boxBack), ("box-3D", .box3D), ("ss", .screenshot),
        ("sstitle", .titleScreen), ("fanart", .fanart), ("wheel-hd", .wheel), ("wheel", .wheel),
        ("screenmarquee", .marquee), ("support-2D", .physicalMedia), ("video-normalized", .video),
        ("video", .video), ("manuel", .manual), ("maps", .map), ("bezel-16-9", .bezel), ("mixrbv2", .miximage),
        ("mixrbv1", .miximage),
    ]

    /// Query parameters that carry credentials and must never be kept in a stored media URL.
    static let credentialParameters: Set<String> = ["devid", "devpassword", "ssid", "sspassword"]

    /// Every game media asset by kind, best type first, then by region priority (unknown regions last).
    static func media(_ records: [Wire.Media], regions: [String]) -> [MediaKind: [MediaAsset]] {
        var result: [MediaKind: [MediaAsset]] = [:]
        for (type, kind) in mediaTypes {
            let matching = records.filter { $0.type == type && $0.parent == "jeu" && !($0.url ?? "").isEmpty }
            let ranked = matching.enumerated().sorted { a, b in
                let (ra, rb) = (rank(a.element.region, regions), rank(b.element.region, regions))
                return ra != rb ? ra < rb : a.offset < b.offset
            }
            for (_, record) in ranked {
                let asset = MediaAsset(
                    url: strippingCredentials(record.url ?? ""), provider: .screenscraper, region: record.region,
                    format: record.format?.lowercased())
                result[kind, default: []].append(asset)
            }
        }
        return result
    }

    /// The first asset of `type` by region priority, for search result covers.
    static func bestURL(_ type: String, _ records: [Wire.Media], regions: [String]) -> String? {
        records.filter { $0.type == type && $0.parent == "jeu" && !($0.url ?? "").isEmpty }
            .min { rank($0.region, regions) < rank($1.region, regions) }
            .map { strippingCredentials($0.url ?? "") }
    }

    /// Position of `region` in the priority list; `ss` (ScreenScraper's own) and unknown regions come after it.
    static func rank(_ region: String?, _ regions: [String]) -> Int {
        guard let region else { return regions.count + 2 }
        if let index = regions.firstIndex(of: region) { return index }
        return region == "ss" ? regions.count : regions.count + 1
    }

    /// `url` without `devid`, `devpassword`, `ssid` and `sspassword` (other parameters kept as sent).
    static func strippingCredentials(_ url: String) -> String {
        guard let question = url.firstIndex(of: "?") else { return url }
        let kept = url[url.index(after: question)...].split(separator: "&").filter { item in
            let name = item.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return !credentialParameters.contains(name)
        }
        return String(url[..<question]) + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }
}
