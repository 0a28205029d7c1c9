import ArgumentParser
import Foundation

/// `retro-metadata-bench`: runs the benchmark suites and prints their timings.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retro-metadata-bench",
        abstract: "Time retro-metadata's hot paths on generated data (build with -c release).",
        discussion: "Suites: " + BenchmarkCatalog.suites.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ")
    )

    @Flag(help: "Print one JSON object per measurement.")
    var json = false

    @Flag(help: "Run a tiny version of every suite, for smoke tests.")
    var quick = false

    @Option(help: "Timed runs per measurement; the median is reported.")
    var runs = 5

    @Argument(help: "Suites to run; all when none is given.")
    var suites: [String] = []

    func validate() throws {
        let known = Set(BenchmarkCatalog.suites.map(\.name))
        for suite in suites where !known.contains(suite) {
            throw ValidationError("unknown suite '\(suite)'; known: \(known.sorted().joined(separator: ", "))")
        }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let chosen = BenchmarkCatalog.suites.filter { suites.isEmpty || suites.contains($0.name) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var rows: [[String]] = []
        for suite in chosen {
            let timedRuns = quick ? 1 : runs
            // With several suites, each runs in its own process so peak memory is that suite's alone.
            let measurements =
                chosen.count > 1
                ? try SuiteProcess(suite: suite.name, quick: quick, runs: timedRuns).run()
                : try suite.run(quick: quick, runs: timedRuns)
            for measurement in measurements {
                if json {
                    print(String(decoding: try encoder.encode(measurement), as: UTF8.self))
                } else {
                    rows.append(measurement.tableRow)
                }
            }
        }
        if !json {
            print(
                BenchTable(
                    headers: ["SUITE", "BENCHMARK", "MEDIAN", "CPU", "THROUGHPUT", "PEAK MEM", "NOTES"], rows: rows
                )
                .render())
        }
    }
}
