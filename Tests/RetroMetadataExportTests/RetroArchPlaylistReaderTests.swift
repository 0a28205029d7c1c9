import Foundation
import RetroMetadataCore
import RetroMetadataExport
import Testing

@Suite("RetroArch playlist reader")
struct RetroArchPlaylistReaderTests {
    /// A two-item JSON playlist in an RZIP container with 64-byte chunks (nine chunks).
    static let compressed = Data(
        base64Encoded: """
            I1JaSVB2ASNAAAAALwIAAAAAAAA9AAAAeJyr5lJQUCpLLSrOzM9TslJQMtQzVdIBiWWWpOYWA0WigRwFhWowCRQuSCzJAKnTL8rPLdYvzgMA/rgQ\
            DzQAAAB4nEst1ncsLcovSlQILE0tLlHQCA121NQrTktW0uFSAAOlnMSk1BwlKwUlZIUwaQBuSxHULQAAAHicU1BKzi9KjS9ILMlQslJQcnENcXUO\
            UdLhUgADiGReYm4qVsmiZGMALFoQLjsAAAB4nDNSslJQMnQ0cjJ2NnGpSS5KVtLhUgADpZSk+LzE3FSQAr/MvJLUvJR8BV2F4NKC1CIFuAAADc4S\
            MT8AAAB4nHPNK0ktKknMzMtNzStRCK4sLknN1cspyFHiUgCCWh0wVQ0mFRSUChJLMpSsFJT0i/Jzi/WL81KLAYrQEuM2AAAAeJzTdypKLC5W8EnM\
            K0ktylPQcC0tyi9I1dQrTktW0uFSAAOlnMSk1BwlKwUlFMVgeQCBEhLJPgAAAHicU1BQUFBKzi9KjS9ILMlQslJQ0gfxivWL81KLLSviczKTilJL\
            ivL1ivOVdLgUwACiPi8xN1XJCgCHTBPrOgAAAHicU1AKzksttqxQ0uFSAAOl5KJkYyMlKwUlhFBKUnxeYm4qSNAvM68kNS8lX0FXIbi0ILUIAN7g\
            EFsyAAAAeJxT8MvMK0nNS8lXcAXSRSWJmXm5qXklCsGVxSWpuXo5BTlKXApAUAskY7lqAZQdD1A=
            """)!

    @Test("a compressed playlist reads like the JSON inside it")
    func compressedPlaylist() throws {
        let library = try RetroArchPlaylistReader.read(Self.compressed, file: "snes.lpl")
        #expect(library.entries.map(\.path) == ["/roms/snes/Aurora Quest (USA).sfc", "/roms/snes/Brass Lantern (Europe).sfc"])
        #expect(library.entries.map(\.name) == ["Aurora Quest", "Brass Lantern"])
        #expect(library.entries[0].field("crc32") == "1A2B3C4D|crc")
        #expect(library.entries[0].field("core_name") == nil)
        #expect(library.entries[1].field("core_name") == "Snes9x")
    }

    @Test("a truncated compressed playlist is an error naming the file")
    func truncatedContainer() {
        let cut = Self.compressed.prefix(Self.compressed.count - 20)
        #expect {
            _ = try RetroArchPlaylistReader.read(cut, file: "snes.lpl")
        } throws: { error in
            "\(error)".contains("snes.lpl") && "\(error)".contains("RZIP")
        }
    }

    @Test("the legacy six-line form reads every entry and stops at the settings lines")
    func legacyPlaylist() throws {
        let text = [
            "/roms/gb/Pocket Garden (World).gb", "Pocket Garden", "DETECT", "DETECT", "00C0FFEE|crc", "Nintendo - Game Boy.lpl",
            "/roms/gb/Tidal Run (Japan).gb", "", "/cores/gambatte_libretro.so", "Gambatte", "DETECT", "Nintendo - Game Boy.lpl",
            "default_core_path = \"/cores/gambatte_libretro.so\"", "default_core_name = \"Gambatte\"", "",
        ].joined(separator: "\r\n")
        let library = try RetroArchPlaylistReader.read(Data(text.utf8), file: "gb.lpl")
        #expect(library.entries.count == 2)
        #expect(library.entries[0].name == "Pocket Garden")
        #expect(library.entries[0].field("crc32") == "00C0FFEE|crc")
        #expect(library.entries[1].path == "/roms/gb/Tidal Run (Japan).gb")
        #expect(library.entries[1].name == nil)
        #expect(library.entries[1].field("core_name") == "Gambatte")
        #expect(library.entries[1].field("db_name") == "Nintendo - Game Boy.lpl")
    }
}
