import Foundation

/// The process's peak resident memory (VmHWM), resettable between runs.
///
/// Each suite runs in its own process (`SuiteProcess`), and within it the high-water mark is reset
/// before every run through `/proc/self/clear_refs` ("5", Linux 4.0+), after freed memory is handed
/// back (`malloc_trim`): exact per run, without regenerating a suite's inputs in a child per run.
enum PeakMemory {
    /// Resets the high-water mark to the current resident size; false where the kernel refuses.
    static func reset() -> Bool {
        releaseFreedMemory()
        let file = open("/proc/self/clear_refs", O_WRONLY)
        guard file >= 0 else { return false }
        defer { close(file) }
        return write(file, "5", 1) == 1
    }

    /// The peak resident memory since the last reset, in bytes.
    static func current() -> Int? { statusField("VmHWM:") }

    /// A `/proc/self/status` size field in bytes.
    private static func statusField(_ prefix: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(prefix) {
            let kilobytes = line.dropFirst(prefix.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
                .flatMap { Int($0) }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }

    /// The resident memory now, in bytes.
    static func resident() -> Int? { statusField("VmRSS:") }

    /// glibc's `malloc_trim(0)`, looked up at run time as Swift's Glibc module does not declare it.
    private static func releaseFreedMemory() {
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
}
