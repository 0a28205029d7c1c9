/// One node of an XML document as plain Swift values: element, text, comment, CDATA or processing instruction.
public enum XMLNode: Hashable, Sendable {
    /// An element with its attributes and children.
    case element(XMLElement)
    /// Character data, already unescaped (whitespace between elements included, so layout survives).
    case text(String)
    /// A comment's content, without `<!--` and `-->`.
    case comment(String)
    /// A CDATA section's content.
    case cdata(String)
    /// A processing instruction such as `<?target data?>`.
    case processingInstruction(target: String, data: String)

    /// The element, when this node is one.
    public var element: XMLElement? {
        if case .element(let element) = self { return element }
        return nil
    }

    /// Whether this node is text made only of spaces, tabs and line ends.
    public var isWhitespace: Bool {
        guard case .text(let text) = self else { return false }
        return text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
