import Testing

@testable import RetroMetadataCLI

@Suite("Progress bar text")
struct ProgressBarTests {
    @Test("the line shows the count, the rate, the ETA and each stage's count in first-use order")
    func stages() {
        let bar = ProgressBar(total: 4, label: "scrape", isEnabled: false)
        bar.advance()
        bar.count("by hash")
        bar.count("not found")
        bar.count("by hash")
        bar.count("media", 3)
        let line = bar.line(elapsed: .seconds(2))
        #expect(line.hasPrefix("scrape [######------------------] 1/4 0.5/s ETA 0:06"))
        #expect(line.hasSuffix(" · by hash 2 · not found 1 · media 3"))
    }
}
