import ArgumentParser
import Foundation
import Logging
import RetroMetadata
import RetroMetadataCore
import RetroMetadataProviders

/// `retro-metadata providers`: every provider, whether it is enabled and why, what it can do, and optionally a heartbeat.
struct ProvidersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "providers",
        abstract: "List metadata providers, their status, capabilities and media kinds.")

    @Flag(help: "Print one JSON object per provider.")
    var json = false

    @Flag(help: "Contact each enabled provider and report whether it answers.")
    var check = false

    @OptionGroup var config: ConfigOptions

    func run() async throws {
        // The config file's values under their variable names, with the environment on top.
        let environment = try config.load().environment
        var reports: [ProviderReport] = []
        for descriptor in ProviderCatalog.all {
            let settings: ProviderSettings
            do {
                settings = try ProviderSettings(environment: environment, for: descriptor)
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode.badInput
            }
            var report = ProviderReport(descriptor: descriptor, settings: settings)
            if check, report.enabled {
                report.heartbeat = await Self.heartbeat(descriptor, settings)
            }
            reports.append(report)
        }
        if json {
            let lines = JSONLines()
            for report in reports { try lines.emit(report) }
        } else {
            print(Self.table(reports, withHeartbeat: check), terminator: "")
        }
    }

    private static func heartbeat(_ descriptor: ProviderDescriptor, _ settings: ProviderSettings) async
        -> ProviderReport.Heartbeat
    {
        var logger = Logger(label: "retro-metadata.providers")
        logger.logLevel = .error
        do {
            let provider = try descriptor.makeProvider(
                settings: settings, environment: ProviderEnvironment(logger: logger))
            try await provider.checkHeartbeat()
            return .init(ok: true, error: nil)
        } catch {
            return .init(ok: false, error: String(describing: error))
        }
    }

    private static func table(_ reports: [ProviderReport], withHeartbeat: Bool) -> String {
        var headers = ["PROVIDER", "STATUS", "CAPABILITIES", "MEDIA", "RATE LIMIT"]
        if withHeartbeat { headers.append("HEARTBEAT") }
        var table = TextTable(headers: headers)
        for report in reports {
            var row = [
                report.provider, report.enabled ? "enabled" : "disabled: \(report.reason ?? "")",
                report.capabilities.joined(separator: ","), report.media.joined(separator: ","), report.rateLimit,
            ]
            if withHeartbeat {
                row.append(report.heartbeat.map { $0.ok ? "ok" : "failed: \($0.error ?? "")" } ?? "-")
            }
            table.rows.append(row)
        }
        return table.render()
    }
}
