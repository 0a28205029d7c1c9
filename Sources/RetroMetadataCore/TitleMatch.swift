/// The outcome of matching one name against a title list: the best title, its score, and whether
/// the matcher is sure enough to pick it.
public struct TitleMatch: Hashable, Sendable {
    /// Position of the best title in the list, `nil` when nothing came close.
    public var index: Int?
    /// The best title, `nil` when nothing came close.
    public var title: String?
    /// Its score, 0...1.
    public var score: Double
    /// The best score of a title that differs from the winner's key (0 when none).
    public var runnerUpScore: Double
    /// True when the score is high enough and the runner-up far enough behind to trust the pick.
    public var decided: Bool

    /// Creates a result.
    public init(index: Int?, title: String?, score: Double, runnerUpScore: Double, decided: Bool) {
        self.index = index
        self.title = title
        self.score = score
        self.runnerUpScore = runnerUpScore
        self.decided = decided
    }

    /// The title when the match is decided, `nil` when the matcher abstains.
    public var decidedTitle: String? { decided ? title : nil }

    /// No title at all.
    public static let none = TitleMatch(index: nil, title: nil, score: 0, runnerUpScore: 0, decided: false)
}
