import Foundation
import RetroMetadataCore
import Testing

@testable import RetroMetadataCLI

@Suite struct PlatformListingTests {
    let catalog = PlatformCatalog.standard

    @Test func writesOneJSONObjectPerPlatformInAnArray() throws {
        let text = try PlatformListing(platforms: catalog.platforms).json()
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(parsed.count == 458)
        #expect(parsed.first?["slug"] as? String == "3do")
        let lines = text.split(separator: "\n")
        #expect(lines.first == "[" && lines.last == "]")
        #expect(lines.count == 460)
    }

    @Test func writesIDsInTheirNaturalTypesAndOmitsMissingOnes() throws {
        let platforms = try ["snes", "switch", "browser"].map { try #require(catalog.platform(slug: $0)) }
        let text = try PlatformListing(platforms: platforms).json()
        #expect(
            text == """
                [
                {"slug":"snes","name":"Super Nintendo","ids":{"igdb":19,"mobygames":15,"screenscraper":4,\
                "retroachievements":3,"thegamesdb":6,"hltb":"SNES","hasheous":"Super Nintendo Entertainment System",\
                "launchbox":"Super Nintendo Entertainment System"}},
                {"slug":"switch","name":"Nintendo Switch","ids":{"igdb":130,"mobygames":203,"screenscraper":225,\
                "thegamesdb":4971,"hltb":"Nintendo Switch","hasheous":"Nintendo Switch","launchbox":"Nintendo Switch"}},
                {"slug":"browser","name":"Browser","ids":{"hltb":"Browser","flashpoint":1}}
                ]

                """)
        #expect(try PlatformListing(platforms: []).json() == "[]\n")
    }

    @Test func tablesSlugNameAndNumericIDs() throws {
        let platforms = try ["snes", "06c"].map { try #require(catalog.platform(slug: $0)) }
        let lines = PlatformListing(platforms: platforms).table().split(separator: "\n").map {
            $0.split(separator: " ").joined(separator: " ")
        }
        #expect(lines[0] == "slug name igdb mobygames screenscraper retroachievements thegamesdb")
        #expect(lines[2] == "snes Super Nintendo 19 15 4 3 6")
        #expect(lines[3] == "06c Vector-06C")
    }

    @Test func detailsOnePlatformWithItsFrontendNames() throws {
        let genesis = try #require(catalog.platform(slug: "genesis"))
        let listing = PlatformListing(platforms: [genesis])
        let rows = listing.detail(genesis).split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(rows.contains("igdb id 29"))
        #expect(rows.contains("hltb id Genesis"))
        #expect(rows.contains("es folder megadrive"))
        #expect(rows.contains("retroarch playlist Sega - Mega Drive - Genesis"))
        #expect(!rows.contains { $0.hasPrefix("flashpoint") })
        let json = try listing.detailJSON(genesis)
        #expect(json.hasPrefix(#"{"slug":"genesis","name":"Sega Genesis","ids":{"igdb":29,"#))
        #expect(
            json.hasSuffix(
                #""frontends":{"es":"megadrive","esde":"genesis","batocera":"megadrive","launchbox":"Sega Genesis","#
                    + #""retroarch":"Sega - Mega Drive - Genesis"}}"# + "\n"))
    }
}
