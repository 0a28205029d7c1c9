import Foundation

/// The process's peak resident memory (VmHWM), resettable between runs.
///
/// Measured in-process by resetting the high-water mark through `/proc/self/clear_refs` ("5", Linux 4.0+)
/// rather than in a child process: the inputs are generated once and reused by every run, and a reset
/// is exact where a child would add its own start-up and copy the inputs again.
enum PeakMemory {
    /// Resets the high-water mark to the current resident size; false where the kernel refuses.
    static func reset() -> Bool {
        let file = open("/proc/self/clear_refs", O_WRONLY)
        guard file >= 0 else { return false }
        defer { close(file) }
        return write(file, "5", 1) == 1
    }

    /// The peak resident memory since the last reset, in bytes.
    static func current() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap {
                Int($0)
            }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }
}
