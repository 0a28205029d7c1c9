import Foundation
import RetroMetadataCore
import Testing

@testable import RetroMetadataXML

@Suite("LaunchBox Metadata.xml reader")
struct MetadataReaderTests {
    @Test("records are typed: games, alternate names, images with decimal CRC32, others kept")
    func records() throws {
        let reader = try LaunchBoxMetadataReader(path: Fixtures.path("launchbox-metadata.xml"))
        var records: [LaunchBoxMetadataRecord] = []
        try reader.forEach { records.append($0) }
        #expect(records.count == 4)
        guard case .game(let game) = records[0] else { Issue.record("not a game"); return }
        #expect(game.databaseID == "141" && game.name == "Paper Adventure")
        #expect(game.genres == ["Role-Playing"])
        #expect(game.releaseDate == GameDate(year: 2000, month: 8, day: 11))
        #expect(game.communityRating == 4.25 && game.maxPlayers == 1 && game.cooperative == false)
        #expect(records[1] == .alternateName(LaunchBoxMetadataAlternateName(databaseID: "141", name: "Paper Story", region: "Japan")))
        #expect(records[2] == .image(LaunchBoxMetadataImage(databaseID: "141", fileName: "a.png", type: "Box - Front", region: nil, crc32: 2072259539)))
        guard case .other(let name, let fields) = records[3] else { Issue.record("not kept"); return }
        #expect(name == "Platform" && fields.first?.value == "Nintendo 64")
    }

    @Test("the reference Metadata.xml slice streams")
    func reference() throws {
        for path in ReferenceFiles.xmlFiles("launchbox-metadata") where path.hasSuffix("metadata.xml") {
            var images = 0
            try LaunchBoxMetadataReader(path: path).forEach { if case .image = $0 { images += 1 } }
            #expect(images > 0)
        }
    }
}
