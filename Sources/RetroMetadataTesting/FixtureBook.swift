import Foundation
import NIOConcurrencyHelpers

/// The loopback server's routes and request log, safe to use from tests and server connections at once.
final class FixtureBook: Sendable {
    private struct State {
        var routes: [(route: FixtureRoute, responses: [FixtureResponse], served: Int)] = []
        var requests: [RecordedRequest] = []
    }

    private let state = NIOLockedValueBox(State())

    /// Adds a route answering with `responses` in order, the last one repeated.
    func add(_ route: FixtureRoute, responses: [FixtureResponse]) {
        precondition(!responses.isEmpty, "a route needs at least one response")
        state.withLockedValue { $0.routes.append((route, responses, 0)) }
    }

    /// Records `request` and picks its answer: the newest matching route's next response, or a 404 naming it.
    func answer(_ request: RecordedRequest) -> FixtureResponse {
        state.withLockedValue { state in
            state.requests.append(request)
            guard let index = state.routes.lastIndex(where: { $0.route.accepts(request) }) else {
                return .text("no fixture for \(request.method) \(request.path)", status: 404)
            }
            let entry = state.routes[index]
            state.routes[index].served += 1
            return entry.responses[min(entry.served, entry.responses.count - 1)]
        }
    }

    /// Every request received so far, in arrival order.
    var requests: [RecordedRequest] { state.withLockedValue { $0.requests } }
}
