import RetroMetadataCore

/// Reads a `<game>`/`<folder>` element into a `LibraryEntry` and writes an entry back into an element.
///
/// Writing updates an existing element in place: known children whose value did not change are
/// kept verbatim, changed ones get new text, missing ones are inserted in the flavour's order,
/// cleared ones are removed, and unknown children and attributes are never touched.
struct GamelistEntryCodec {
    /// The flavour whose order and defaults are used for writing.
    let flavour: GamelistFlavour
    /// Whitespace before each child of an entry (`"\n\t\t"`).
    let childIndent: String
    /// Whitespace before an entry's closing tag (`"\n\t"`).
    let closingIndent: String

    /// The known field `child` is read as (text only, no attributes), with its bit in the seen mask.
    private static func known(_ child: XMLElement) -> (value: GamelistValue, bit: UInt64)? {
        guard child.attributes.isEmpty, child.isTextOnly else { return nil }
        return GamelistFlavour.knownElements[child.name]
    }

    /// The scraper and date of a Batocera `<scrap name="…" date="…"/>`, when `child` is exactly that.
    private static func scrape(_ child: XMLElement) -> LibraryTextField? {
        guard child.name == "scrap", child.children.isEmpty, child.attributes.count == 2,
            let name = child.attribute("name"), let date = child.attribute("date")
        else { return nil }
        return LibraryTextField(name: name, value: date)
    }

    /// Whether `child` is read as a known field.
    private static func knownValue(of child: XMLElement) -> GamelistValue? { known(child)?.value }

    /// The entry an element holds.
    static func decode(_ element: XMLElement) -> LibraryEntry {
        var entry = LibraryEntry(kind: element.name == "folder" ? .folder : .game, path: "")
        var seenPath = false
        var seen: UInt64 = 0
        for attribute in element.attributes {
            if attribute.name == "id" && entry.scraperID == nil {
                entry.scraperID = attribute.value
            } else {
                entry.unknownAttributes.append(LibraryTextField(name: attribute.name, value: attribute.value))
            }
        }
        for child in element.children {
            switch child {
            case .element(let node):
                if node.name == "path", !seenPath, node.attributes.isEmpty, node.isTextOnly {
                    seenPath = true
                    entry.path = node.text
                } else if let field = known(node), seen & field.bit == 0 {
                    seen |= field.bit
                    field.value.set(node.text, on: &entry)
                } else if let scrape = scrape(node) {
                    entry.scrapeDates.append(scrape)
                } else {
                    entry.unknownElements.append(node.xmlString)
                }
            case .comment, .processingInstruction, .cdata:
                var serializer = XMLSerializer(capacity: 64)
                serializer.write(child)
                entry.unknownElements.append(String(decoding: serializer.bytes, as: UTF8.self))
            case .text:
                continue
            }
        }
        return entry
    }

    /// The element for `entry`, updating `base` (the element as read) when there is one.
    func encode(_ entry: LibraryEntry, base: XMLElement?) -> XMLElement {
        var element = base ?? XMLElement(name: entry.kind == .folder ? "folder" : "game")
        let declared = flavour.fields(for: entry.kind == .folder)
        let declaredNames = Set(declared.map(\.element))
        let trailing = GamelistFlavour.unionOrder.filter { !declaredNames.contains($0.element) }
        let order = [GamelistFlavour.Field("path", .field("path"))] + declared + trailing
        var scratch = LibraryEntry(kind: entry.kind, path: "")
        var present: [String: Int] = [:]
        var scrapes: [Int] = []
        for (index, child) in element.children.enumerated() {
            guard case .element(let node) = child else { continue }
            if let scrape = Self.scrape(node) {
                scratch.scrapeDates.append(scrape)
                scrapes.append(index)
            }
            guard present[node.name] == nil else { continue }
            if node.name == "path" && node.attributes.isEmpty && node.isTextOnly {
                present["path"] = index
            } else if let value = Self.knownValue(of: node) {
                value.set(node.text, on: &scratch)
                present[node.name] = index
            }
        }
        var removals: [Int] = []
        var lastIndex: Int?
        for field in order {
            let isPath = field.element == "path"
            let full = isPath ? entry.path : field.value.text(in: entry).flatMap { $0.isEmpty ? nil : $0 }
            // A default the flavour leaves out is not written anew, but an element already holding it stays.
            let wanted = full == field.omitted ? nil : full
            if let index = present[field.element] {
                let current = isPath ? element.children[index].element?.text : field.value.text(in: scratch)
                if current == full {
                    lastIndex = index
                } else if let wanted {
                    element.children[index] = .element(XMLElement(name: field.element, text: wanted))
                    lastIndex = index
                } else {
                    removals.append(index)
                }
            } else if let wanted {
                let position = insertionPoint(after: lastIndex, in: element)
                element.children.insert(contentsOf: [.text(childIndent), .element(XMLElement(name: field.element, text: wanted))], at: position)
                present = present.mapValues { $0 >= position ? $0 + 2 : $0 }
                removals = removals.map { $0 >= position ? $0 + 2 : $0 }
                scrapes = scrapes.map { $0 >= position ? $0 + 2 : $0 }
                lastIndex = position + 1
            }
        }
        if scratch.scrapeDates != entry.scrapeDates {
            // Scrape records are replaced as a group, after the last known field.
            removals += scrapes
            var position = insertionPoint(after: lastIndex, in: element)
            for scrape in entry.scrapeDates {
                let node = XMLElement(name: "scrap", attributes: [
                    XMLAttribute(name: "name", value: scrape.name), XMLAttribute(name: "date", value: scrape.value),
                ])
                element.children.insert(contentsOf: [.text(childIndent), .element(node)], at: position)
                removals = removals.map { $0 >= position ? $0 + 2 : $0 }
                position += 2
            }
        }
        for index in removals.sorted(by: >) {
            element.children.remove(at: index)
            if index > 0, element.children[index - 1].isWhitespace { element.children.remove(at: index - 1) }
        }
        if base == nil { appendUnknown(of: entry, to: &element) }
        if flavour.writesScraperID || element.attribute("id") != nil { element.setAttribute("id", to: entry.scraperID) }
        if !element.children.isEmpty, !(element.children.last?.isWhitespace ?? false) {
            element.children.append(.text(closingIndent))
        }
        return element
    }

    /// Where a new child goes: right after the child at `lastIndex`, else at the start.
    private func insertionPoint(after lastIndex: Int?, in element: XMLElement) -> Int {
        lastIndex.map { $0 + 1 } ?? 0
    }

    private func appendUnknown(of entry: LibraryEntry, to element: inout XMLElement) {
        for attribute in entry.unknownAttributes where element.attribute(attribute.name) == nil {
            element.attributes.append(XMLAttribute(name: attribute.name, value: attribute.value))
        }
        for fragment in entry.unknownElements {
            guard let document = try? XMLDocument(parsing: Array(fragment.utf8), file: "fragment") else { continue }
            for node in document.nodes where !node.isWhitespace {
                element.children.append(.text(childIndent))
                element.children.append(node)
            }
        }
    }
}
