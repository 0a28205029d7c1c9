/// A doubly linked list of keys, most recently used first, with O(1) move and removal.
struct RecencyList {
    /// One key in the list.
    final class Node {
        let key: String
        var previous: Node?
        var next: Node?

        init(key: String) { self.key = key }
    }

    private(set) var first: Node?
    private(set) var last: Node?

    /// Inserts `key` at the front and returns its node.
    mutating func pushFront(_ key: String) -> Node {
        let node = Node(key: key)
        link(node)
        return node
    }

    /// Moves `node` to the front.
    mutating func moveToFront(_ node: Node) {
        guard first !== node else { return }
        unlink(node)
        link(node)
    }

    /// Takes `node` out of the list.
    mutating func unlink(_ node: Node) {
        if let previous = node.previous { previous.next = node.next } else { first = node.next }
        if let next = node.next { next.previous = node.previous } else { last = node.previous }
        node.previous = nil
        node.next = nil
    }

    private mutating func link(_ node: Node) {
        node.next = first
        first?.previous = node
        first = node
        if last == nil { last = node }
    }
}
