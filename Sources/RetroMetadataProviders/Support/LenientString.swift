/// A JSON value read as text whether the API sent a string or a number (some APIs mix both for ids).
struct LenientString: Decodable, Sendable, Hashable {
    /// The value as text.
    var value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            value = text
        } else if let number = try? container.decode(Int64.self) {
            value = String(number)
        } else if let number = try? container.decode(Double.self) {
            value = String(number)
        } else if let flag = try? container.decode(Bool.self) {
            value = String(flag)
        } else {
            value = ""
        }
    }
}
