/// A benchmark that could not prepare or check its work.
struct BenchError: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    /// Creates an error with its message.
    init(_ description: String) { self.description = description }
}
