/// A pipeline step that reads an ``AnnotatedDocument`` and adds what it finds.
///
/// ## Contract
/// Conformers must:
/// - be immutable after creation, or otherwise safe to call from several threads at
///   once: one instance serves every document of a run, in parallel with `--jobs N`;
/// - be deterministic: the same document yields the same annotations;
/// - produce spans that lie within `document.bytes` and fall on UTF-8 scalar
///   boundaries, with `start <= end`;
/// - fill every capability in ``provides`` and read only what ``requires`` names
///   (plus the document itself);
/// - report a problem with one document by throwing a ``DocumentError``; that
///   document gets an error line and the run goes on. Never trap on input.
///
/// `LedeTestSupport.ExtractorVerifier` checks these properties on sample texts.
public protocol Extractor: Sendable {
    /// The name the extractor is registered under (`regex`, `dateline`, `quotes`).
    static var registryName: String { get }
    /// Capabilities earlier steps must provide.
    var requires: Set<Capability> { get }
    /// Capabilities this step fills.
    var provides: Set<Capability> { get }
    /// Adds this step's annotations to `document`.
    func extract(_ document: inout AnnotatedDocument) throws
}
