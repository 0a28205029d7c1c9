/// A JSON value that some answers send as a number and others as text (HowLongToBeat's `release_world`,
/// Hasheous ids); kept as text.
struct NumberOrText: Decodable, Sendable, Hashable {
    /// The value as text (`2015`, `2015-05-19`, `4872`).
    var text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            text = String(number)
        } else {
            text = try container.decode(String.self)
        }
    }
}
