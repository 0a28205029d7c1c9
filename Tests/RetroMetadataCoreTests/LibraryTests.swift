import Foundation
import Testing

@testable import RetroMetadataCore

@Suite("Library values")
struct LibraryTests {
    @Test("SHA-1 matches the published test vectors")
    func sha1Vectors() {
        func hex(_ text: String) -> String { SHA1.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex(String(repeating: "a", count: 1000)) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
    }

    @Test("name-based UUIDs are version 5 and match the RFC's DNS example")
    func uuidV5() {
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(NameBasedUUID.make(name: "www.example.com", namespace: dns).uuidString.lowercased()
            == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
        #expect(NameBasedUUID.make(name: "./a.zip") == NameBasedUUID.make(name: "./a.zip"))
        #expect(NameBasedUUID.make(name: "./a.zip") != NameBasedUUID.make(name: "./b.zip"))
    }

    @Test("LaunchBox timestamps keep offsets and fraction digits; the calendar day follows the spec's rule")
    func timestamps() throws {
        let played = try #require(LibraryTimestamp(iso8601: "2021-04-20T18:05:25.9264588-05:00"))
        #expect(played.fraction == "9264588" && played.utcOffsetMinutes == -300)
        #expect(played.iso8601Text == "2021-04-20T18:05:25.9264588-05:00")
        #expect(LibraryTimestamp(iso8601: "1988-01-01T00:00:00-05:00")?.calendarDay == GameDate(year: 1988, month: 1, day: 1))
        #expect(LibraryTimestamp(iso8601: "2005-10-12T02:00:00-05:00")?.calendarDay == GameDate(year: 2005, month: 10, day: 12))
        #expect(LibraryTimestamp(iso8601: "2023-03-29T19:00:00-05:00")?.calendarDay == GameDate(year: 2023, month: 3, day: 30))
        #expect(LibraryTimestamp(iso8601: "2000-12-31T22:00:00-05:00")?.calendarDay == GameDate(year: 2001, month: 1, day: 1))
        #expect(LibraryTimestamp(iso8601: "nope") == nil)
    }

    @Test("EmulationStation timestamps: full, date-only, sentinels")
    func esTimestamps() {
        #expect(LibraryTimestamp(emulationStation: "20230115T213000")?.emulationStationText == "20230115T213000")
        #expect(LibraryTimestamp(emulationStation: "20230115")?.hour == 0)
        #expect(LibraryTimestamp(emulationStation: "not-a-date-time") == nil)
        #expect(LibraryTimestamp(emulationStation: "0") == nil)
    }
}

@Suite("Library entry merge")
struct LibraryEntryMergeTests {
    @Test("values the newer entry has replace ours; nothing it lacks is erased")
    func merge() {
        var old = LibraryEntry(path: "./a.zip")
        old.name = "Old"
        old.developer = "Dev"
        old.media[.cover] = "./cover.png"
        old.hidden = true
        old.setField("md5", to: "abc")
        old.unknownElements = ["<x>1</x>"]
        var new = LibraryEntry(path: "./a.zip")
        new.name = "New"
        new.rating = 0.5
        new.media[.video] = "./v.mp4"
        new.unknownElements = ["<y>2</y>"]
        let merged = old.merging(new)
        #expect(merged.name == "New" && merged.developer == "Dev" && merged.rating == 0.5)
        #expect(merged.media == [.cover: "./cover.png", .video: "./v.mp4"])
        #expect(merged.hidden)
        #expect(merged.field("md5") == "abc")
        #expect(merged.unknownElements == ["<x>1</x>", "<y>2</y>"])
        #expect(old.merging(old) == old)
    }
}
