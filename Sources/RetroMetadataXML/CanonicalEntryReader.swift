import RetroMetadataCore

private let lessThan = UInt8(ascii: "<"), greaterThan = UInt8(ascii: ">"), ampersand = UInt8(ascii: "&")
private let slash = UInt8(ascii: "/"), space = UInt8(ascii: " "), equals = UInt8(ascii: "="), quote = UInt8(ascii: "\"")
/// The references `XMLSerializer` writes in text, and in attribute values, with the character each stands for.
private let textReferences: [(StaticString, UInt8)] = [("&amp;", 0x26), ("&lt;", 0x3C), ("&gt;", 0x3E), ("&#13;", 0x0D)]
private let attributeReferences = textReferences + [("&quot;", 0x22), ("&#9;", 0x09), ("&#10;", 0x0A)]
/// `GamelistFlavour.knownElements` by name length, so a name is found from its bytes without making a String.
private let knownByLength: [[(name: [UInt8], value: GamelistValue, bit: UInt64)]] = {
    var table = [[(name: [UInt8], value: GamelistValue, bit: UInt64)]](repeating: [], count: 33)
    for (name, known) in GamelistFlavour.knownElements where name.utf8.count < table.count {
        table[name.utf8.count].append((Array(name.utf8), known.value, known.bit))
    }
    return table
}()

/// Decodes a `<game>`/`<folder>` straight from its bytes when they are exactly what `XMLSerializer` writes.
///
/// Such bytes serialize back to themselves, so an unchanged entry can be copied verbatim; CRs in the
/// entry's layout and in its fields' text are also taken (read as LF, as libxml2 reads them). Anything
/// else (comments, CDATA, `<a/>` without the space, single quotes, a raw `>`, a CR elsewhere,
/// references other than the serializer's own, `xmlns` attributes) gives `nil`, and the entry is read
/// through a libxml2 tree instead. libxml2 has already checked the whole input; this reads only that
/// narrow subset, and yields exactly what `GamelistEntryCodec.decode` yields for the same element.
struct CanonicalEntryReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Unescaped character data, reused for every value.
    private var scratch: [UInt8] = []
    /// Whether the bytes read so far are exactly what the serializer writes (false once a CR was read).
    private var verbatim = true

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        scratch.reserveCapacity(256)
    }

    /// The entry `bytes` hold (from its `<` to its closing `>`), or `nil` when they are not in serialized form.
    ///
    /// CR line ends in an entry's layout and in its fields' text are read as libxml2 reads them (as
    /// LF); its form is then `serializedWithCR`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (entry: LibraryEntry, form: GamelistOriginalBytes.Form)? {
        var reader = CanonicalEntryReader(bytes: bytes)
        return reader.entry().map { ($0, reader.verbatim ? .serialized : .serializedWithCR) }
    }

    private mutating func entry() -> LibraryEntry? {
        guard bytes.count > 1, bytes[0] == lessThan else { return nil }
        index = 1
        guard let name = name(), let start = tag(collecting: true) else { return nil }
        var entry = LibraryEntry(kind: matches(name, "folder") ? .folder : .game, path: "")
        for (attributeName, value) in start.attributes {
            if matches(attributeName, "id") && entry.scraperID == nil {
                entry.scraperID = value
            } else {
                entry.unknownAttributes.append(LibraryTextField(name: string(attributeName), value: value))
            }
        }
        if start.closed { return index == bytes.count ? entry : nil }
        var seenPath = false
        var seen: UInt64 = 0
        while true {
            // Text between children is layout: checked, not kept.
            guard characters(inAttribute: false, keeping: false, readsLineEnds: true), index + 1 < bytes.count else { return nil }
            if bytes[index + 1] == slash {
                index += 2
                guard skip(name), index + 1 == bytes.count, bytes[index] == greaterThan else { return nil }
                return entry
            }
            guard let child = child() else { return nil }
            let isPlain = child.attributes.isEmpty && child.text != nil
            if isPlain && !seenPath && matches(child.name, "path") {
                seenPath = true
                entry.path = child.text!
            } else if isPlain, let field = known(child.name), seen & field.bit == 0 {
                seen |= field.bit
                field.value.set(child.text!, on: &entry)
            } else if child.closed, child.attributes.count == 2, matches(child.name, "scrap"),
                let scraper = child.attributes.first(where: { matches($0.name, "name") })?.value,
                let date = child.attributes.first(where: { matches($0.name, "date") })?.value
            {
                entry.scrapeDates.append(LibraryTextField(name: scraper, value: date))
            } else {
                entry.unknownElements.append(serialized(child.range))
            }
        }
    }

    /// One child element of the entry: its text when it holds only text (`nil` when it has elements).
    private mutating func child() -> (name: Range<Int>, attributes: [(name: Range<Int>, value: String)], text: String?, closed: Bool, range: Range<Int>)? {
        let start = index
        index += 1
        guard let name = name(), let tag = tag(collecting: true) else { return nil }
        if tag.closed { return (name, tag.attributes, "", true, start..<index) }
        scratch.removeAll(keepingCapacity: true)
        let textStart = index
        guard characters(inAttribute: false, keeping: true, readsLineEnds: true), index + 1 < bytes.count else { return nil }
        if bytes[index + 1] == slash {
            // `scratch` is filled only when the text has a reference.
            let text = scratch.isEmpty ? string(textStart..<index) : String(decoding: scratch, as: UTF8.self)
            index += 2
            guard skip(name), index < bytes.count, bytes[index] == greaterThan else { return nil }
            index += 1
            return (name, tag.attributes, text, false, start..<index)
        }
        index = start
        guard skipElement() else { return nil }
        return (name, tag.attributes, nil, false, start..<index)
    }

    /// Checks a whole element and everything inside it, leaving `index` after its end tag.
    private mutating func skipElement() -> Bool {
        var open: [Range<Int>] = []
        repeat {
            guard index + 1 < bytes.count, bytes[index] == lessThan else { return false }
            if bytes[index + 1] == slash {
                index += 2
                guard let name = open.popLast(), skip(name), index < bytes.count, bytes[index] == greaterThan else { return false }
                index += 1
            } else {
                index += 1
                guard let name = name(), let tag = tag(collecting: false) else { return false }
                if !tag.closed { open.append(name) }
            }
            if open.isEmpty { return true }
        } while characters(inAttribute: false, keeping: false)
        return false
    }

    /// Reads a name (after `<`); `nil` when it is empty or not written as the serializer writes names.
    private mutating func name() -> Range<Int>? {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == space || byte == greaterThan || byte == slash || byte == equals { break }
            guard isNameByte(byte, first: index == start) else { return nil }
            index += 1
        }
        return start < index ? start..<index : nil
    }

    /// Reads ` name="value"` pairs and the tag's end (`>`, or ` />` when `closed`), leaving `index` after it.
    private mutating func tag(collecting: Bool) -> (attributes: [(name: Range<Int>, value: String)], closed: Bool)? {
        var attributes: [(name: Range<Int>, value: String)] = []
        while index + 1 < bytes.count {
            if bytes[index] == greaterThan {
                index += 1
                return (attributes, false)
            }
            guard bytes[index] == space else { return nil }
            index += 1
            if bytes[index] == slash {
                guard index + 1 < bytes.count, bytes[index + 1] == greaterThan else { return nil }
                index += 2
                return (attributes, true)
            }
            // Namespace declarations are listed before other attributes in the tree, so their order may change.
            guard let name = name(), !matchesPrefix(name, "xmlns"), index + 1 < bytes.count, bytes[index] == equals,
                bytes[index + 1] == quote
            else { return nil }
            index += 2
            scratch.removeAll(keepingCapacity: true)
            let start = index
            guard characters(inAttribute: true, keeping: collecting) else { return nil }
            if collecting {
                let value = scratch.isEmpty ? string(start..<index - 1) : String(decoding: scratch, as: UTF8.self)
                attributes.append((name, value))
            }
        }
        return nil
    }
}

extension CanonicalEntryReader {
    /// Checks text up to `<`, or an attribute value up to and past its closing quote, unescaping it into
    /// `scratch` when `keeping` and it has references or CRs (`scratch` stays empty otherwise). With
    /// `readsLineEnds`, CR LF and a lone CR in text read as LF, as libxml2 reads them.
    fileprivate mutating func characters(inAttribute: Bool, keeping: Bool, readsLineEnds: Bool = false) -> Bool {
        var runStart = index
        let terminator = inAttribute ? quote : lessThan
        while index < bytes.count {
            let byte = bytes[index]
            // Everything above `>` but 0xEF (which may start U+FFFE or U+FFFF) is written as it is.
            if byte > greaterThan && byte != 0xEF {
                index += 1
                continue
            }
            switch byte {
            case terminator:
                if keeping && !scratch.isEmpty { scratch += bytes[runStart..<index] }
                if inAttribute { index += 1 }
                return true
            case ampersand:
                if keeping { scratch += bytes[runStart..<index] }
                guard let character = reference(inAttribute: inAttribute) else { return false }
                if keeping { scratch.append(character) }
                runStart = index
                continue
            case 0x0D where readsLineEnds && !inAttribute:
                if keeping {
                    scratch += bytes[runStart..<index]
                    scratch.append(0x0A)
                }
                verbatim = false
                index += index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                runStart = index
                continue
            case 0xEF:
                guard !isNonCharacter(at: index) else { return false }
            case 0x20...0x3D where byte != lessThan, 0x09 where !inAttribute, 0x0A where !inAttribute:
                break
            default:
                // `>`, CR (read as LF), other controls, and tabs or line ends in attributes (read as
                // spaces) are not written as they are.
                return false
            }
            index += 1
        }
        return false
    }

    /// The character of the reference at `index` when the serializer writes it that way, moving past it.
    private mutating func reference(inAttribute: Bool) -> UInt8? {
        for (text, character) in inAttribute ? attributeReferences : textReferences where matches(at: index, text) {
            index += text.utf8CodeUnitCount
            return character
        }
        return nil
    }

    /// Whether the bytes at `position` are U+FFFE or U+FFFF, which the serializer drops.
    private func isNonCharacter(at position: Int) -> Bool {
        position + 2 < bytes.count && bytes[position + 1] == 0xBF && bytes[position + 2] >= 0xBE
    }

    /// Moves past a copy of the name at `range`; false when the bytes at `index` differ.
    fileprivate mutating func skip(_ range: Range<Int>) -> Bool {
        guard index + range.count <= bytes.count else { return false }
        for offset in 0..<range.count where bytes[index + offset] != bytes[range.lowerBound + offset] { return false }
        index += range.count
        return true
    }

    /// The known field named by the bytes in `range`.
    fileprivate func known(_ range: Range<Int>) -> (value: GamelistValue, bit: UInt64)? {
        guard range.count < knownByLength.count else { return nil }
        let name = UnsafeBufferPointer(rebasing: bytes[range])
        for candidate in knownByLength[range.count] where candidate.name.elementsEqual(name) {
            return (candidate.value, candidate.bit)
        }
        return nil
    }

    fileprivate func matches(_ range: Range<Int>, _ text: StaticString) -> Bool {
        range.count == text.utf8CodeUnitCount && matchesPrefix(range, text)
    }

    fileprivate func matchesPrefix(_ range: Range<Int>, _ text: StaticString) -> Bool {
        guard range.count >= text.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        for (offset, byte) in expected.enumerated() where bytes[range.lowerBound + offset] != byte { return false }
        return true
    }

    private func matches(at position: Int, _ text: StaticString) -> Bool {
        position + text.utf8CodeUnitCount <= bytes.count && matchesPrefix(position..<bytes.count, text)
    }

    /// The element in `range` as the serializer writes it: its bytes, with CR LF and a lone CR (read in its text) as LF.
    fileprivate func serialized(_ range: Range<Int>) -> String {
        let element = UnsafeBufferPointer(rebasing: bytes[range])
        guard element.contains(0x0D) else { return String(decoding: element, as: UTF8.self) }
        var normalized: [UInt8] = []
        appendLineEndsAsLF(element, to: &normalized)
        return String(decoding: normalized, as: UTF8.self)
    }

    fileprivate func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
