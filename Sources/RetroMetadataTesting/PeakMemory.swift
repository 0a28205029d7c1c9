import Foundation

/// The process's peak resident memory (Linux `VmHWM`), for tests that check a reader streams in flat memory.
public enum PeakMemory {
    /// Resets the kernel's peak mark so growth is measured from now, not from earlier work.
    public static func reset() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// The peak resident bytes since the last reset (0 where `/proc` is missing).
    public static func bytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
}
