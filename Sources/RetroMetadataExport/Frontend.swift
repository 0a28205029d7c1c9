/// A loaded frontend: its manifest, the folder it came from and, for text formats, its checked template.
public struct Frontend: Sendable {
    /// The validated manifest.
    public let manifest: FrontendManifest
    /// The folder holding `frontend.json`.
    public let directory: String
    /// The template for `template` frontends.
    public let template: ExportTemplate?
    /// The templates of the manifest's `extraFiles`, in the same order.
    public let extraTemplates: [ExportTemplate]

    /// The frontend's command-line name.
    public var name: String { manifest.name }
}
