import Foundation

/// One HTTP response: status, headers and the whole body.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields in order; names are case-insensitive.
    public var headers: [(name: String, value: String)]
    /// The body bytes.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of the first header called `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The body as text: UTF-8, or Latin-1 when it is not valid UTF-8 (ScreenScraper sends both).
    public var text: String {
        String(data: body, encoding: .utf8) ?? String(decoding: body.map { UInt16($0) }, as: UTF16.self)
    }

    /// Whether the body looks like an HTML page rather than data (proxies and error pages).
    public var looksLikeHTML: Bool {
        let start = body.prefix(256)
        let head = String(decoding: start, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }
}
