import ArgumentParser
import RetroMetadata

/// `--jobs N`: how many games `scrape` and `sync launchbox` identify at once.
struct ScrapeJobsOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Games identified at once (default: the config's scrape.jobs, else 4); provider limits still apply.",
            valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// `--jobs`, else the configuration's `scrape.jobs` (`RETRO_METADATA_SCRAPE_JOBS`), else `ScrapeJob.defaultJobs`.
    func count(config: ConfigOptions) throws -> Int {
        if let jobs { return jobs }
        return try config.load().scrapeJobs ?? ScrapeJob.defaultJobs
    }
}
