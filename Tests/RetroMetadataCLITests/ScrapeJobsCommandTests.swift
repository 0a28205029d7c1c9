import Foundation
import Testing

extension ScrapeCommandTests {
    /// The JSON summary and the written gamelists of a scrape of a fresh copy of the samples, with the copy's
    /// location taken out so runs in different copies compare.
    private func outcome(_ extra: [String], environment more: [String: String?] = [:]) throws
        -> (status: Int32, stderr: String, report: String, files: [String?])
    {
        let (root, environment) = try copyOfSamples()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try scrape(root, environment.merging(more) { $1 }, ["--json"] + extra)
        let files = ["out/snes/gamelist.xml", "out/gamelists/snes/gamelist.xml", "out/gamelists/genesis/gamelist.xml"]
        return (
            result.status, result.stderr, result.stdout.replacingOccurrences(of: root.path, with: "ROOT"),
            files.map { text(root, $0) }
        )
    }

    @Test func severalJobsReportAndWriteWhatOneJobDoes() throws {
        let one = try outcome(["--jobs", "1"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.files.allSatisfy { $0 != nil })
        let four = try outcome(["--jobs", "4"])
        #expect(four.status == 0, "\(four.stderr)")
        #expect(four.report == one.report)
        #expect(four.files == one.files)
        // The config's setting (here from the environment) is taken when --jobs is not given.
        let configured = try outcome([], environment: ["RETRO_METADATA_SCRAPE_JOBS": "3"])
        #expect(configured.report == one.report)
    }

    @Test func aJobCountBelowOneIsRefused() throws {
        let zero = try outcome(["--jobs", "0"])
        #expect(zero.status != 0)
        #expect(zero.stderr.contains("--jobs must be at least 1"), "\(zero.stderr)")
        let configured = try outcome([], environment: ["RETRO_METADATA_SCRAPE_JOBS": "none"])
        #expect(configured.status == 2)
        #expect(configured.stderr.contains("RETRO_METADATA_SCRAPE_JOBS"), "\(configured.stderr)")
    }
}
