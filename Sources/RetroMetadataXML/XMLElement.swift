/// An XML element: name, attributes in document order, and child nodes.
public struct XMLElement: Hashable, Sendable {
    /// The qualified name as written (`game`, `xmlns:xsi`-style prefixes kept).
    public var name: String
    /// Attributes in document order.
    public var attributes: [XMLAttribute]
    /// Child nodes in document order.
    public var children: [XMLNode]

    /// Creates an element.
    public init(name: String, attributes: [XMLAttribute] = [], children: [XMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// Creates an element holding only `text`.
    public init(name: String, text: String) {
        self.init(name: name, children: text.isEmpty ? [] : [.text(text)])
    }

    /// The concatenated text and CDATA of the direct children.
    public var text: String {
        var result = ""
        for child in children {
            switch child {
            case .text(let value), .cdata(let value): result += value
            default: continue
            }
        }
        return result
    }

    /// Whether the element has no child element (only text, comments or nothing).
    public var isTextOnly: Bool {
        for child in children { if case .element = child { return false } }
        return true
    }

    /// The child elements in order.
    public var childElements: [XMLElement] { children.compactMap(\.element) }

    /// The first child element called `name`.
    public func firstChild(named name: String) -> XMLElement? {
        for child in children { if case .element(let element) = child, element.name == name { return element } }
        return nil
    }

    /// The value of the attribute called `name`.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Sets, replaces or (with `nil`) removes the attribute called `name`, keeping the others' order.
    public mutating func setAttribute(_ name: String, to value: String?) {
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            if let value { attributes[index].value = value } else { attributes.remove(at: index) }
        } else if let value {
            attributes.append(XMLAttribute(name: name, value: value))
        }
    }
}

/// One attribute of an element.
public struct XMLAttribute: Hashable, Sendable {
    /// The qualified name as written.
    public var name: String
    /// The unescaped value.
    public var value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
