import Foundation
import Testing

@testable import RetroMetadataCore

@Suite struct PlatformIDTests {
    @Test func encodesItsNaturalJSONType() throws {
        let ids: [PlatformID] = [19, "SNES"]
        let json = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
        #expect(json == #"[19,"SNES"]"#)
        #expect(try JSONDecoder().decode([PlatformID].self, from: Data(json.utf8)) == ids)
    }

    @Test func exposesItsValue() {
        #expect(PlatformID.int(7).intValue == 7)
        #expect(PlatformID.int(7).stringValue == nil)
        #expect(PlatformID.string("PC").stringValue == "PC")
        #expect(PlatformID.string("PC").description == "PC")
        #expect(PlatformID.int(7).description == "7")
    }
}
