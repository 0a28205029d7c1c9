import Foundation

/// A one-line progress bar on standard error (count, rate, ETA, and per-stage counts when a job has stages), drawn
/// only when standard error is a terminal.
final class ProgressBar {
    private let total: Int
    private let totalBytes: Int64?
    private let label: String
    private let isEnabled: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant?
    private var completed = 0
    private var bytes: Int64 = 0
    private var stages: [(name: String, count: Int)] = []

    /// Creates a bar for `total` items (and `totalBytes`, when the ETA should follow bytes);
    /// by default it draws only when standard error is a terminal.
    init(total: Int, totalBytes: Int64? = nil, label: String, isEnabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.totalBytes = totalBytes
        self.label = label
        self.isEnabled = isEnabled && total > 0
        start = clock.now
    }

    /// Records one more finished item of `size` bytes and redraws at most ten times a second.
    func advance(bytes size: Int64 = 0) {
        completed += 1
        bytes += size
        guard isEnabled else { return }
        let now = clock.now
        if let lastDraw, now - lastDraw < .milliseconds(100), completed < total { return }
        lastDraw = now
        FileHandle.standardError.write(Data(("\r" + line(elapsed: now - start) + "\u{1B}[K").utf8))
    }

    /// Adds `amount` to the count of stage `name` (shown after the ETA in first-use order, `by hash 3`); the bar
    /// is redrawn with the next `advance`.
    func count(_ name: String, _ amount: Int = 1) {
        if let index = stages.firstIndex(where: { $0.name == name }) {
            stages[index].count += amount
        } else {
            stages.append((name, amount))
        }
    }

    /// Clears the bar so the next output starts on a clean line.
    func finish() {
        guard isEnabled, lastDraw != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// The bar's text after `elapsed` time: `label [####----] 12/40 3.1/s 25.0 MiB/s ETA 0:09`.
    func line(elapsed: Duration) -> String {
        let seconds = max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 0.001)
        let fraction: Double
        if let totalBytes, totalBytes > 0 {
            fraction = Double(bytes) / Double(totalBytes)
        } else {
            fraction = Double(completed) / Double(max(total, 1))
        }
        let width = 24
        let filled = min(width, Int(fraction * Double(width)))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        var text = "\(label) [\(bar)] \(completed)/\(total) \(String(format: "%.1f", Double(completed) / seconds))/s"
        if totalBytes != nil { text += String(format: " %.1f MiB/s", Double(bytes) / seconds / 1_048_576) }
        if fraction > 0, fraction < 1 {
            let remaining = Int(seconds / fraction - seconds)
            text += String(format: " ETA %d:%02d", remaining / 60, remaining % 60)
        }
        for stage in stages { text += " · \(stage.name) \(stage.count)" }
        return text
    }
}
