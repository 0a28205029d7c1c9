import ArgumentParser
import Foundation
import RetroMetadata

/// `--config PATH`, shared by every command that reads the configuration.
struct ConfigOptions: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "Config file (default: $XDG_CONFIG_HOME/retro-metadata/config.yaml, else ~/.config/...).",
            valueName: "path"))
    var path: String?

    /// The effective configuration; a bad file or variable is reported on standard error and exits with status 2.
    func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> RetroMetadataConfig {
        do {
            return try RetroMetadataConfig.load(path: path, environment: environment)
        } catch {
            FileHandle.standardError.write(Data("error: config: \(error)\n".utf8))
            throw ExitCode.badInput
        }
    }
}
