import Foundation
import RetroMetadataCore
import RetroMetadataExport

/// The small library and the package's templates the export tests use.
enum ExportFixtures {
    /// The package root, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built-in frontends.
    static func catalog() throws -> FrontendCatalog {
        try FrontendCatalog.load(folders: [packageRoot.appendingPathComponent("templates").path])
    }

    /// The names a SNES export uses.
    static let names = ExportNames(
        system: "snes", platform: "Super Nintendo Entertainment System",
        playlist: "Nintendo - Super Nintendo Entertainment System")

    /// Two games with every field the formats share, one with awkward characters.
    static var library: Library {
        var first = LibraryEntry(path: "./Super Game (USA).sfc")
        first.name = "Super Game: The \"Quest\""
        first.summary = "First paragraph.\nSame paragraph.\n\nSecond; paragraph."
        first.releaseDate = GameDate(year: 1992, month: 8, day: 1)
        first.developer = "Dev & Co"
        first.publisher = "Pub"
        first.genre = "Platform"
        first.players = PlayerCount(minimum: 1, maximum: 2)
        first.rating = 0.8
        first.favorite = true
        first.playCount = 4
        first.lastPlayed = LibraryTimestamp(emulationStation: "20240102T030405")
        var second = LibraryEntry(path: "./Other.sfc")
        second.name = "Other 🎮 Game"
        second.releaseDate = GameDate(year: 1995)
        second.hidden = true
        return Library(entries: [first, second])
    }
}
