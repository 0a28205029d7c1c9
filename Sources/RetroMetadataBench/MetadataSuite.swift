import RetroMetadataXML

/// Streaming LaunchBox's Metadata.xml: throughput and the flat memory the streaming reader promises.
struct MetadataSuite: BenchmarkSuite {
    let name = "metadata"
    let summary = "streaming a generated 500 MB LaunchBox Metadata.xml record by record"

    func run(quick: Bool, runs: Int) throws -> [BenchmarkMeasurement] {
        let target = quick ? 4 << 20 : 500 << 20
        return try ScratchFolder.with(name) { folder in
            let path = folder.file("Metadata.xml")
            let written = try LaunchBoxMetadataGenerator.write(targetBytes: target, to: path)
            let streamed = try BenchmarkMeasurement.timeWithPeak(runs: runs) {
                var records = 0
                try LaunchBoxMetadataReader(path: path).forEach { _ in records += 1 }
                return records
            }
            guard streamed.result == written.records else {
                throw BenchError("streamed \(streamed.result) of \(written.records) records")
            }
            return [
                BenchmarkMeasurement(
                    suite: name, name: "stream \(written.bytes >> 20) MB Metadata.xml", items: written.bytes,
                    unit: "bytes", seconds: streamed.seconds, cpuSeconds: streamed.cpu, peakMemory: streamed.peak,
                    notes: ["records": String(written.records)])
            ]
        }
    }
}
