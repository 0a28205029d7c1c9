import ArgumentParser

extension ExitCode {
    /// Bad input or bad usage: an unreadable file, a bad config, a wrong option.
    static let badInput = ExitCode(2)
    /// Some games failed; the summary says which.
    static let partialFailure = ExitCode(3)
}
