import RetroMetadataHTTP

/// A ScreenScraper account's limits, as the service reports them in `ssuser`.
struct ScreenScraperLimits: Sendable {
    /// Requests in flight at once (`maxthreads`).
    var maxThreads = 1
    /// Requests per minute (`maxrequestspermin`).
    var maxRequestsPerMinute = 1_200
    /// Requests per day (`maxrequestsperday`).
    var maxRequestsPerDay = 20_000
    /// Lookups of unrecognised ROMs per day (`maxrequestskoperday`).
    var maxUnrecognisedPerDay = 2_000

    /// Client pacing within these limits, as a user sets it (`RETRO_METADATA_SCREENSCRAPER_RATE_LIMIT` and
    /// `_MAX_CONCURRENT`); 5 % slower than the minute allows, so timing jitter never crosses it.
    var clientRateLimit: RateLimit {
        RateLimit(
            spacing: .microseconds(Int64(60_000_000 / Double(maxRequestsPerMinute) * 1.05)), maxConcurrent: maxThreads)
    }
}
