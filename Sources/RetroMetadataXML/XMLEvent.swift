/// One step of a streamed XML document, in document order.
public enum XMLEvent: Hashable, Sendable {
    /// An element starts; `isEmpty` means it is also finished (`<a/>`), no `endElement` follows.
    case startElement(name: String, attributes: [XMLAttribute], isEmpty: Bool)
    /// The current element ends.
    case endElement(name: String)
    /// Character data (whitespace included).
    case text(String)
    /// A comment.
    case comment(String)
    /// A CDATA section.
    case cdata(String)
    /// A processing instruction.
    case processingInstruction(target: String, data: String)
}
