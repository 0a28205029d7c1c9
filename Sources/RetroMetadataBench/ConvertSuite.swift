import Foundation
import RetroMetadata
import RetroMetadataArtwork
import RetroMetadataExport

/// An ES gamelist with its media converted to ES-DE and to LaunchBox, media hard-linked, at two sizes.
struct ConvertSuite: BenchmarkSuite {
    let name = "convert"
    let summary = "a 4,000-game ES gamelist with 4 media files a game to ES-DE and LaunchBox (hard links); 50,000 games"

    func run(quick: Bool, runs: Int) throws -> [BenchmarkMeasurement] {
        let catalog = try BenchFrontends.catalog()
        let targets = try [catalog.frontend(named: "esde"), catalog.frontend(named: "launchbox")]
        let sizes = quick ? [20, 100] : [4_000, 50_000]
        var rows: [BenchmarkMeasurement] = []
        var smallest: [String: BenchmarkMeasurement] = [:]
        for games in sizes {
            // The large size shows linearity: ES-DE only (the issue's target), timed once, as a run takes minutes.
            let isLarge = games == sizes.last
            let chosen = isLarge ? targets.filter { $0.name == "esde" } : targets
            try ScratchFolder.with(name) { folder in
                // The folder name is the platform, as for a RetroPie system folder.
                let system = folder.file("snes")
                try FileManager.default.createDirectory(atPath: system, withIntermediateDirectories: true)
                let bytes = try GamelistGenerator.write(entries: games, to: system + "/gamelist.xml")
                let media = try MediaFileGenerator.write(entries: games, into: system)
                for target in chosen {
                    let conversion = ConvertRun(
                        source: system, target: target, catalog: catalog, output: folder.file("out-\(target.name)"))
                    var row = try measure(conversion, games: games, runs: isLarge ? 1 : runs)
                    row.notes["gamelist_mb"] = String(format: "%.1f", Double(bytes) / 1_048_576)
                    row.notes["source_media"] = String(media)
                    if let first = smallest[target.name] {
                        // Equal per-game cost at both sizes (ratio 1.0) means the conversion is linear.
                        let ratio = (row.median / Double(games)) / (first.median / Double(first.items))
                        row.notes["per_game_vs_\(first.items)"] = String(format: "%.2f", ratio)
                        if let cpu = row.cpuMedian, let firstCPU = first.cpuMedian, firstCPU > 0 {
                            let cpuRatio = (cpu / Double(games)) / (firstCPU / Double(first.items))
                            row.notes["cpu_per_game_vs_\(first.items)"] = String(format: "%.2f", cpuRatio)
                        }
                    } else {
                        smallest[target.name] = row
                    }
                    rows.append(row)
                }
            }
        }
        return rows
    }

    /// Times `conversion` into an emptied output each run and checks every entry and link arrived.
    private func measure(_ conversion: ConvertRun, games: Int, runs: Int) throws -> BenchmarkMeasurement {
        let timed = try BenchmarkMeasurement.timeWithPeak(runs: runs, prepare: conversion.clearOutput) {
            try conversion.run()
        }
        let result = timed.result
        guard result.entries == games else { throw BenchError("converted \(result.entries) of \(games) games") }
        let kinds = conversion.target.manifest.mediaKinds.filter(ConvertRun.sourceKinds.contains).count
        guard result.links == games * kinds else {
            throw BenchError(
                "placed \(result.links) media files, expected \(games * kinds) for \(conversion.target.name)")
        }
        guard try conversion.isHardLinked(result.firstMedia) else {
            throw BenchError("\(result.firstMedia?.destination ?? "no media") is not a hard link to its source")
        }
        var row = BenchmarkMeasurement(
            suite: name, name: "\(games) games to \(conversion.target.name), \(result.links) hard links", items: games,
            unit: "games", seconds: timed.seconds, cpuSeconds: timed.cpu, peakMemory: timed.peak)
        row.notes["metadata_files"] = String(result.files)
        row.notes["read_as"] = result.format
        return row
    }
}
