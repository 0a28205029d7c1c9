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
