import Foundation

extension BenchmarkMeasurement {
    /// Times `body` `runs` times; the last run's return value is kept by the caller through `result`.
    static func time<Result>(runs: Int, _ body: () throws -> Result) rethrows -> (seconds: [Double], result: Result) {
        let timed = try timeWithPeak(runs: runs, body)
        return (timed.seconds, timed.result)
    }

    /// Times `body` `runs` times and records the process's peak resident memory during the runs.
    static func timeWithPeak<Result>(runs: Int, _ body: () throws -> Result) rethrows -> (
        seconds: [Double], cpu: [Double], peak: Int?, result: Result
    ) {
        try timeWithPeak(runs: runs, prepare: {}, body)
    }

    /// Times `body` `runs` times and records the peak resident memory; `prepare` runs untimed before each run
    /// (clearing the previous run's output).
    static func timeWithPeak<Result>(
        runs: Int, prepare: () throws -> Void, _ body: () throws -> Result
    ) rethrows -> (seconds: [Double], cpu: [Double], peak: Int?, result: Result) {
        var seconds: [Double] = []
        var cpu: [Double] = []
        var peak: Int?
        var last: Result?
        let clock = ContinuousClock()
        for _ in 0..<max(runs, 1) {
            try prepare()
            let resetWorked = PeakMemory.reset()
            var value: Result?
            let cpuBefore = processCPUSeconds()
            let elapsed = try clock.measure { value = try body() }
            seconds.append(elapsed.seconds)
            cpu.append(processCPUSeconds() - cpuBefore)
            if resetWorked, let now = PeakMemory.current() { peak = max(peak ?? 0, now) }
            last = value
        }
        return (seconds, cpu, peak, last!)
    }

    /// User + system CPU seconds this process has used so far, all threads together.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
