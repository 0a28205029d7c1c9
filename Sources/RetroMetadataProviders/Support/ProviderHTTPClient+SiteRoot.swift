extension ProviderHTTPClient {
    /// The site root for links the API gives relative to its host: `baseURL` without `apiSuffix` (`/api`, `/api/v1`).
    func siteRoot(removing apiSuffix: String) -> String {
        baseURL.hasSuffix(apiSuffix) ? String(baseURL.dropLast(apiSuffix.count)) : baseURL
    }
}
