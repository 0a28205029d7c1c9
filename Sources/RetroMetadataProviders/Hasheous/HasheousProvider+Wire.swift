import RetroMetadataCore

extension HasheousProvider {
    /// Hasheous' JSON shapes (API v1).
    enum Wire {
        /// The lookup body: only the hashes that are known, with Hasheous' own key casing.
        struct HashQuery: Encodable, Sendable {
            var md5: String?
            var sha1: String?
            var crc: String?

            init(_ hashes: FileHashes) {
                md5 = hashes.md5.isEmpty ? nil : hashes.md5
                sha1 = hashes.sha1.isEmpty ? nil : hashes.sha1
                crc = hashes.crc32.isEmpty ? nil : hashes.crc32
            }

            var isEmpty: Bool { md5 == nil && sha1 == nil && crc == nil }

            enum CodingKeys: String, CodingKey {
                case md5 = "mD5"
                case sha1 = "shA1"
                case crc
            }
        }

        /// `Lookup/ByHash` answer.
        struct Lookup: Decodable, Sendable {
            var id: NumberOrText?
            var name: String?
            /// Matches by DAT source (`NoIntros`, `TOSEC`, `Redump`, ...).
            var signatures: [String: [SignatureMatch]]?
            var metadata: [MetadataLink]?
            var attributes: [Attribute]?
        }

        /// One DAT entry that matched.
        struct SignatureMatch: Decodable, Sendable {
            var game: SignatureGame?
        }

        /// The DAT's game record (only what the mapping needs).
        struct SignatureGame: Decodable, Sendable {
            var name: String?
            var description: String?
            var system: String?
        }

        /// A link to another database's record.
        struct MetadataLink: Decodable, Sendable {
            /// The other database's slug (`paper-mario`), often empty.
            var id: String?
            /// The other database's numeric id as text, empty when not mapped.
            var immutableId: String?
            var status: String?
            var source: String?
        }

        /// Extra facts: manual ids, logo image links, attributions.
        struct Attribute: Decodable, Sendable {
            var attributeName: String?
            var attributeType: String?
            var value: String?
            var link: String?
        }
    }
}

extension HasheousProvider.Wire {
    /// An IGDB game as Hasheous' proxy returns it: expanded collections are objects keyed by id, dates are
    /// ISO-8601 text, and unexpanded fields are bare ids. Fields of any other shape are skipped, not fatal.
    struct ProxyGame: Decodable, Sendable {
        typealias IGDB = IGDBProvider.Wire
        var id: Int
        var name: String?
        var slug: String?
        var summary: String?
        var totalRating: Double?
        var aggregatedRating: Double?
        var firstReleaseDate: NumberOrText?
        var cover: IGDB.Image?
        var screenshots: KeyedOrList<IGDB.Image>?
        var artworks: KeyedOrList<IGDB.Image>?
        var platforms: KeyedOrList<IGDB.Named>?
        var alternativeNames: KeyedOrList<IGDB.Named>?
        var genres: KeyedOrList<IGDB.Named>?
        var franchises: KeyedOrList<IGDB.Named>?
        var collections: KeyedOrList<IGDB.Named>?
        var gameModes: KeyedOrList<IGDB.Named>?
        var ageRatings: KeyedOrList<IGDB.AgeRating>?
        var videos: KeyedOrList<IGDB.Video>?
        var similarGames: KeyedOrList<IGDB.Related>?
        var remakes: KeyedOrList<IGDB.Related>?
        var ports: KeyedOrList<IGDB.Related>?
        var dlcs: KeyedOrList<IGDB.Related>?
        var expandedGames: KeyedOrList<IGDB.Related>?

        /// The same JSON names as IGDB's own answers.
        typealias CodingKeys = IGDB.Game.CodingKeys

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            func field<T: Decodable>(_ key: CodingKeys) -> T? { try? c.decodeIfPresent(T.self, forKey: key) }
            id = try c.decode(Int.self, forKey: .id)
            (name, slug, summary) = (field(.name), field(.slug), field(.summary))
            (totalRating, aggregatedRating) = (field(.totalRating), field(.aggregatedRating))
            (firstReleaseDate, cover) = (field(.firstReleaseDate), field(.cover))
            (screenshots, artworks, platforms) = (field(.screenshots), field(.artworks), field(.platforms))
            (alternativeNames, genres, franchises) = (field(.alternativeNames), field(.genres), field(.franchises))
            (collections, gameModes, ageRatings) = (field(.collections), field(.gameModes), field(.ageRatings))
            (videos, similarGames, remakes) = (field(.videos), field(.similarGames), field(.remakes))
            (ports, dlcs, expandedGames) = (field(.ports), field(.dlcs), field(.expandedGames))
        }
    }
}
