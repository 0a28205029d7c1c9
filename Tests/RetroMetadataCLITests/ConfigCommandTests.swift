import Foundation
import Testing

/// `retro-metadata config show` with a config file in a temporary XDG folder.
@Suite struct ConfigCommandTests {
    let folder = NSTemporaryDirectory() + "retro-metadata-cli-config-" + UUID().uuidString

    func write(_ yaml: String) throws {
        try FileManager.default.createDirectory(atPath: folder + "/retro-metadata", withIntermediateDirectories: true)
        try yaml.write(toFile: folder + "/retro-metadata/config.yaml", atomically: true, encoding: .utf8)
    }

    @Test func showMasksSecretsFromTheFileAndTheEnvironment() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("providers:\n  igdb:\n    credentials:\n      client_id: abFILEVALUEyz\n")
        let result = try CommandRunner.run(
            ["config", "show", "--json"],
            environment: ["XDG_CONFIG_HOME": folder, "RETRO_METADATA_IGDB_CLIENT_SECRET": "cdENVVALUExy"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""credentials":{"client_id":"ab***yz","client_secret":"cd***xy"}"#))
        #expect(!result.stdout.contains("FILEVALUE") && !result.stdout.contains("ENVVALUE"))
        #expect(
            result.stdout.hasPrefix(#"{"file":"\#(folder)/retro-metadata/config.yaml","providers":[{"provider":"#)
        )
        let human = try CommandRunner.run(["config", "show"], environment: ["XDG_CONFIG_HOME": folder])
        #expect(human.stdout.contains("client_id=ab***yz"))
        #expect(!human.stdout.contains("FILEVALUE"))
    }

    @Test func showTellsHowManyGamesAScrapeRunsAtOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("scrape:\n  jobs: 6\n")
        let fromFile = try CommandRunner.run(["config", "show", "--json"], environment: ["XDG_CONFIG_HOME": folder])
        #expect(fromFile.stdout.contains(#""scrape":{"jobs":6}"#), "\(fromFile.stdout)")
        let fromEnvironment = try CommandRunner.run(
            ["config", "show"], environment: ["XDG_CONFIG_HOME": folder, "RETRO_METADATA_SCRAPE_JOBS": "2"])
        #expect(fromEnvironment.stdout.contains("scrape jobs: 2\n"))
    }

    @Test func badConfigNamesTheKeyAndPositionAndExitsTwo() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("providers:\n  igdb:\n    enabled: maybe\n")
        let result = try CommandRunner.run(["config", "show"], environment: ["XDG_CONFIG_HOME": folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("config.yaml:3:14: providers.igdb.enabled"))
        #expect(result.stderr.contains("expected true or false"))
    }

    @Test func providersCommandSeesCredentialsFromTheFileAndTheEnvironmentWins() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("providers:\n  mobygames:\n    credentials:\n      api_key: abcdefghijkl\n")
        func mobygames(_ environment: [String: String?]) throws -> [String: Any]? {
            let result = try CommandRunner.run(["providers", "--json"], environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            return try result.jsonLines().first { $0["provider"] as? String == "mobygames" }
        }
        let base: [String: String?] = ["XDG_CONFIG_HOME": folder, "RETRO_METADATA_MOBYGAMES_API_KEY": nil]
        #expect(try mobygames(base)?["enabled"] as? Bool == true)
        var off = base
        off["RETRO_METADATA_MOBYGAMES_ENABLED"] = "false"
        #expect(try mobygames(off)?["enabled"] as? Bool == false)
    }
}
