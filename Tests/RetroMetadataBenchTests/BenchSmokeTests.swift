import Foundation
import RetroMetadataTesting
import Testing

/// Runs the built `retro-metadata-bench --quick --json` and checks every suite reported numbers.
@Suite struct BenchSmokeTests {
    /// The suites the bench must run; a new suite is added here with its catalog line.
    static let expectedSuites: Set<String> = ["xml", "metadata", "hash", "match", "convert", "scrape", "artwork"]

    @Test func quickRunReportsEverySuite() throws {
        let process = Process()
        process.executableURL = BuiltExecutable.url(named: "retro-metadata-bench")
        process.arguments = ["--quick", "--json"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "stderr: \(stderr)")

        let measurements = try String(decoding: stdout, as: UTF8.self).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let suites = Set(measurements.compactMap { $0["suite"] as? String })
        #expect(suites == Self.expectedSuites)
        for suite in Self.expectedSuites {
            // External tools may be missing; our own measurement in each suite always runs.
            let ran = measurements.filter {
                $0["suite"] as? String == suite && !(($0["seconds"] as? [Double]) ?? []).isEmpty
            }
            #expect(!ran.isEmpty, "suite \(suite) timed nothing")
            for measurement in ran {
                let median = measurement["median"] as? Double ?? 0
                let throughput = measurement["throughput"] as? Double ?? 0
                #expect(median > 0 && throughput > 0, "\(suite) \(measurement["name"] ?? "?") reported no numbers")
            }
        }
        // The scrape suite's warm run is answered from the caches alone.
        let warm = measurements.first {
            $0["suite"] as? String == "scrape" && ($0["name"] as? String)?.hasPrefix("warm") == true
        }
        let warmNotes = warm?["notes"] as? [String: String]
        #expect(warmNotes?["requests"] == "0" && warmNotes?["hashed"] == "0", "warm scrape: \(warmNotes ?? [:])")
        let skipped = measurements.filter { (($0["seconds"] as? [Double]) ?? []).isEmpty }
        for measurement in skipped {
            let status = (measurement["notes"] as? [String: String])?["status"] ?? ""
            #expect(status.hasSuffix("not installed"), "\(measurement["name"] ?? "?") neither ran nor was skipped")
        }
    }
}
