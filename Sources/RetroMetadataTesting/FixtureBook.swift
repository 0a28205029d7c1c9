import Foundation
import NIOConcurrencyHelpers

/// The loopback server's routes and request log, safe to use from tests and server connections at once.
final class FixtureBook: Sendable {
    private struct State {
        var routes: [(route: FixtureRoute, responses: [FixtureResponse], responder: FixtureResponder?, served: Int)] =
            []
        var requests: [RecordedRequest] = []
    }

    private let state = NIOLockedValueBox(State())

    /// Adds a route answering with `responses` in order, the last one repeated.
    func add(_ route: FixtureRoute, responses: [FixtureResponse]) {
        precondition(!responses.isEmpty, "a route needs at least one response")
        state.withLockedValue { $0.routes.append((route, responses, nil, 0)) }
    }

    /// Adds a route whose answer `responder` computes from each request.
    func add(_ route: FixtureRoute, responder: @escaping FixtureResponder) {
        state.withLockedValue { $0.routes.append((route, [], responder, 0)) }
    }

    /// Records `request` and picks its answer: the newest matching route's next response, or a 404 naming it.
    func answer(_ request: RecordedRequest) -> FixtureResponse {
        let picked: Pick = state.withLockedValue { state in
            state.requests.append(request)
            guard let index = state.routes.lastIndex(where: { $0.route.accepts(request) }) else {
                return .ready(.text("no fixture for \(request.method) \(request.path)", status: 404))
            }
            let entry = state.routes[index]
            state.routes[index].served += 1
            if let responder = entry.responder { return .compute(responder) }
            return .ready(entry.responses[min(entry.served, entry.responses.count - 1)])
        }
        // A responder runs outside the lock: it may be slow or keep its own state.
        switch picked {
        case .ready(let response): return response
        case .compute(let responder): return responder(request)
        }
    }

    /// A scripted answer, or the responder that computes it.
    private enum Pick {
        case ready(FixtureResponse)
        case compute(FixtureResponder)
    }

    /// Every request received so far, in arrival order.
    var requests: [RecordedRequest] { state.withLockedValue { $0.requests } }
}

/// Computes a loopback answer from the request (a fake service with state, such as rate limits).
public typealias FixtureResponder = @Sendable (RecordedRequest) -> FixtureResponse
