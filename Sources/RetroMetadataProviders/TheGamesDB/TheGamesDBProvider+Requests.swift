import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataHTTP

extension TheGamesDBProvider {
    /// Sends a GET and decodes the answer, mapping 403 to an authentication or allowance error.
    static func get<Answer: Decodable>(
        _ http: ProviderHTTPClient, _ path: String, _ parameters: [(String, String)],
        as type: Answer.Type = Wire.Answer.self,
        operation: String
    ) async throws -> Answer {
        let response = try await http.send(http.request(.get, http.url(path, query: parameters)), operation: operation)
        if response.status == 403 { throw forbidden(response, http: http, operation: operation) }
        try http.checkStatus(response, operation: operation, credentialHint: credentialHint)
        let answer = try http.decode(Answer.self, from: response, operation: operation)
        if let counters = answer as? Wire.Answer, let left = allowanceLeft(counters), left <= 0 {
            http.logger.warning(
                "TheGamesDB monthly allowance used up; further requests will be refused",
                metadata: ["refresh_in_seconds": "\(counters.allowanceRefreshTimer ?? 0)"])
        }
        return answer
    }

    /// A 403 is either a refused key or an exhausted allowance; the body tells which when it can.
    static func forbidden(_ response: HTTPResponse, http: ProviderHTTPClient, operation: String) -> ProviderError {
        let counters = try? JSONDecoder().decode(Wire.Answer.self, from: response.body)
        let text = response.text.lowercased()
        let exhausted = counters.flatMap(allowanceLeft).map { $0 <= 0 } ?? false
        if exhausted || text.contains("allowance") || text.contains("limit") {
            let refresh = counters?.allowanceRefreshTimer.map { "in about \(max(1, $0 / 3600)) h" } ?? "next month"
            return ProviderError.quotaExceeded(
                .thegamesdb, operation: operation, status: 403, detail: "monthly API allowance used up",
                resets: refresh)
        }
        return ProviderError.authentication(.thegamesdb, operation: operation, status: 403, hint: credentialHint)
    }

    private static func allowanceLeft(_ answer: Wire.Answer) -> Int? {
        guard let monthly = answer.remainingMonthlyAllowance else { return nil }
        return monthly + (answer.extraAllowance ?? 0)
    }
}
