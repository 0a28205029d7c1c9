import ArgumentParser
import RetroMetadata
import RetroMetadataCore
import RetroMetadataProviders

/// `retro-metadata config show`: the effective configuration with every secret masked.
struct ConfigShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the effective configuration; credentials are masked (ab***yz).")

    @Flag(help: "Print one JSON object.")
    var json = false

    @OptionGroup var config: ConfigOptions

    func run() async throws {
        let report = ConfigReport(config: try config.load())
        if json {
            print(try report.json().text)
        } else {
            print(report.text(), terminator: "")
        }
    }
}
