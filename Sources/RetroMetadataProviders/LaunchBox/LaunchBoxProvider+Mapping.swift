import Foundation
import RetroMetadataCore

extension LaunchBoxProvider {
    /// LaunchBox image types and the kinds they fill, best first within a kind.
    static let imageKinds: [(type: String, kind: MediaKind)] = [
        ("Box - Front", .cover), ("Box - Front - Reconstructed", .cover), ("Fanart - Box - Front", .cover),
        ("Box - Back", .boxBack), ("Box - 3D", .box3D), ("Screenshot - Gameplay", .screenshot),
        ("Screenshot", .screenshot), ("Screenshot - Game Select", .screenshot),
        ("Screenshot - Game Title", .titleScreen),
        ("Fanart - Background", .fanart), ("Clear Logo", .wheel), ("Banner", .banner), ("Arcade - Marquee", .marquee),
        ("Cart - Front", .physicalMedia), ("Disc", .physicalMedia), ("Square", .icon),
    ]

    /// LaunchBox region names and their codes.
    static let regionCodes: [String: String] = [
        "North America": "us", "United States": "us", "Canada": "ca", "Europe": "eu", "Japan": "jp", "World": "wor",
        "Australia": "au", "United Kingdom": "uk", "Germany": "de", "France": "fr", "Spain": "es", "Italy": "it",
        "Korea": "kr", "China": "cn", "Brazil": "br",
    ]

    /// The entry's images by kind, in the type order above, then file order.
    func media(_ entry: LaunchBoxEntry) -> [MediaKind: [MediaAsset]] {
        var media: [MediaKind: [MediaAsset]] = [:]
        for (type, kind) in Self.imageKinds {
            for image in entry.images where image.type == type {
                let format = (image.fileName as NSString).pathExtension.lowercased()
                media[kind, default: []].append(
                    MediaAsset(
                        url: imageBaseURL + "/" + image.fileName, provider: .launchbox,
                        region: image.region.flatMap { Self.regionCodes[$0] }, format: format.isEmpty ? nil : format))
            }
        }
        return media
    }

    /// The `Game` for an index entry.
    func game(_ entry: LaunchBoxEntry, match: MatchInfo?) -> Game {
        var metadata = GameMetadata(
            summary: entry.overview, genres: entry.genres.map { $0.trimmingCharacters(in: .whitespaces) },
            developer: entry.developer, publisher: entry.publisher,
            releaseDate: entry.releaseDate.flatMap { GameDate(parsing: $0) },
            players: entry.maxPlayers.flatMap { $0 > 0 ? PlayerCount($0) : nil },
            rating: entry.rating.map { $0 / 5 })
        metadata.companies = [entry.publisher, entry.developer].compactMap { $0 }.uniqued()
        metadata.alternativeNames = entry.alternateNames.map(\.name).uniqued()
        if let esrb = entry.esrb {
            let rating = esrb.components(separatedBy: " - ").first ?? esrb
            metadata.ageRatings = [AgeRating(board: "ESRB", rating: rating)]
        }
        if let players = entry.maxPlayers {
            metadata.gameModes = players > 1 ? ["Multiplayer"] : ["Single player"]
        }
        if entry.cooperative == true { metadata.gameModes.append("Co-op") }
        metadata.youtubeVideoID = entry.videoURL.flatMap(Self.youtubeID)
        let platform = entry.platform.flatMap {
            PlatformCatalog.standard.platform(for: .launchbox, id: .string($0))?.slug
        }
        return Game(
            name: entry.name, platform: platform, ids: [.launchbox: String(entry.id)], metadata: metadata,
            media: media(entry), match: match
        ).attributed(to: .launchbox)
    }

    /// The video id of a `youtube.com/watch?v=<id>` or `youtu.be/<id>` link.
    static func youtubeID(_ url: String) -> String? {
        if let range = url.range(of: "v=") {
            return String(url[range.upperBound...].prefix { $0 != "&" && $0 != "#" })
        }
        if let range = url.range(of: "youtu.be/") {
            return String(url[range.upperBound...].prefix { $0 != "?" && $0 != "&" })
        }
        return nil
    }
}
