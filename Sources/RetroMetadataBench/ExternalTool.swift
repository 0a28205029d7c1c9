import Foundation

/// A command-line tool the benchmarks compare against (xmllint, rhash, ImageMagick), found on `PATH`.
struct ExternalTool {
    /// The tool's name, as typed.
    let name: String
    /// Its absolute path.
    let path: String

    /// The tool, or nil when it is not installed.
    init?(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        guard let found = folders.map({ "\($0)/\(name)" }).first(where: FileManager.default.isExecutableFile)
        else { return nil }
        self.name = name
        self.path = found
    }

    /// Runs the tool `runs` times with `arguments`, output discarded; seconds per run and peak memory.
    ///
    /// The child's peak memory and CPU time come from GNU time, as Foundation's `Process` does not report them.
    func time(_ arguments: [String], runs: Int) throws -> (seconds: [Double], cpu: [Double], peak: Int?) {
        let gnuTime = "/usr/bin/time"
        let useGnuTime = FileManager.default.isExecutableFile(atPath: gnuTime)
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("bench-time-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        var seconds: [Double] = []
        var cpu: [Double] = []
        var peak: Int?
        let clock = ContinuousClock()
        for _ in 0..<max(runs, 1) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: useGnuTime ? gnuTime : path)
            process.arguments = useGnuTime ? ["-f", "%M %U %S", "-o", report, path] + arguments : arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let elapsed = try clock.measure {
                try process.run()
                process.waitUntilExit()
            }
            guard process.terminationStatus == 0 else {
                throw BenchError("\(name) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
            }
            seconds.append(elapsed.seconds)
            if useGnuTime, let text = try? String(contentsOfFile: report, encoding: .utf8),
                let fields = text.split(separator: "\n").last?.split(separator: " "), fields.count == 3,
                let kilobytes = Int(fields[0]), let user = Double(fields[1]), let system = Double(fields[2])
            {
                peak = max(peak ?? 0, kilobytes * 1024)
                cpu.append(user + system)
            }
        }
        return (seconds, cpu.count == seconds.count ? cpu : [], peak)
    }
}
