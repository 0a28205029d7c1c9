import ArgumentParser
import Foundation
import RetroMetadataCore

/// `retro-metadata platforms`: lists the platform catalog, or shows the platform one name stands for.
struct PlatformsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "platforms",
        abstract: "List the known platforms and their provider ids, or look one platform up by any name.",
        discussion: """
            NAME may be a slug (snes), an EmulationStation, ES-DE or Batocera system folder (megadrive), \
            a LaunchBox platform (Sega Genesis) or a RetroArch database name (Sega - Mega Drive - Genesis); \
            case, spaces, hyphens and underscores do not matter. An unknown NAME exits with status 2 and \
            lists the closest slugs.
            """
    )

    @Argument(help: "A platform name to look up instead of listing every platform.")
    var name: String?

    @Flag(help: "Print JSON: an array of {slug, name, ids}, or one object with frontends for NAME.")
    var json = false

    func run() throws {
        let catalog = PlatformCatalog.standard
        guard let name else {
            let listing = PlatformListing(platforms: catalog.platforms)
            print(json ? try listing.json() : listing.table(), terminator: "")
            return
        }
        let platform: Platform
        do {
            platform = try catalog.resolve(name)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        }
        let listing = PlatformListing(platforms: [platform])
        print(json ? try listing.detailJSON(platform) : listing.detail(platform), terminator: "")
    }
}
