import RetroMetadataCore

/// Everything one export would write: the metadata file's bytes and each media file's source and destination.
public struct ExportPlan: Sendable {
    /// One media file to place.
    public struct MediaFile: Hashable, Sendable {
        /// The entry's path, for reports.
        public var entry: String
        /// The media kind.
        public var kind: MediaKind
        /// The existing file to place.
        public var source: String
        /// Destination relative to the output root.
        public var destination: String
    }

    /// The metadata file's path relative to the output root.
    public var metadataPath: String
    /// The metadata file's new content.
    public var metadata: [UInt8]
    /// The media files to place.
    public var media: [MediaFile]
}
