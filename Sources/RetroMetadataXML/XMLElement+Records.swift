/// Reading and editing flat records (`<Game><Title>…</Title>…</Game>`), as LaunchBox files hold them.
extension XMLElement {
    /// The text of the child element `name`, matched case-insensitively when `ignoringCase`.
    func recordValue(_ name: String, ignoringCase: Bool = false) -> String? {
        if !ignoringCase { return firstChild(named: name)?.text }
        let lowered = name.lowercased()
        return childElements.first { $0.name.lowercased() == lowered }?.text
    }

    /// Sets the text of child `name` (empty text writes `<Name />`), appending the child when missing.
    mutating func setRecordValue(_ name: String, to value: String, indent: String) {
        let content: [XMLNode] = value.isEmpty ? [] : [.text(value)]
        if let index = children.firstIndex(where: { $0.element?.name == name }) {
            children[index] = .element(XMLElement(name: name, attributes: children[index].element?.attributes ?? [], children: content))
            return
        }
        var position = children.count
        if position > 0, children[position - 1].isWhitespace { position -= 1 }
        if position == children.count { children.append(.text(String(indent.prefix { $0 == "\n" }))) }
        children.insert(contentsOf: [.text(indent), .element(XMLElement(name: name, children: content))], at: position)
    }

    /// A new record element with `fields` in order, indented for LaunchBox's two-space layout.
    static func record(_ name: String, fields: [(String, String)], indent: String, closingIndent: String) -> XMLElement {
        var element = XMLElement(name: name)
        for (field, value) in fields {
            element.children.append(.text(indent))
            element.children.append(.element(XMLElement(name: field, text: value)))
        }
        element.children.append(.text(closingIndent))
        return element
    }
}
