/// Writes the output contract's JSON object for one document (one JSONL line).
///
/// Keys, in order: `id`, `error` (failed documents only), `dateline`, `published`,
/// `quotes`, `matches`, then extractors' own ``AnnotatedDocument/output`` keys, then
/// `tokens`/`sentences`/`paragraphs` when included. Spans become code-point offsets
/// through one ``OffsetMap`` per document.
public struct ResultEncoder: Sendable {
    /// Optional fields to add.
    public var include: OutputField

    /// Creates an encoder.
    public init(include: OutputField = []) { self.include = include }

    /// The contract's keys, encoded once.
    private enum Keys {
        static let code = EncodedKey("\"code\":")
        static let country = EncodedKey("\"country\":")
        static let cue = EncodedKey("\"cue\":")
        static let date = EncodedKey("\"date\":")
        static let dateline = EncodedKey("\"dateline\":")
        static let day = EncodedKey("\"day\":")
        static let error = EncodedKey("\"error\":")
        static let groups = EncodedKey("\"groups\":")
        static let id = EncodedKey("\"id\":")
        static let kind = EncodedKey("\"kind\":")
        static let location = EncodedKey("\"location\":")
        static let matches = EncodedKey("\"matches\":")
        static let mention = EncodedKey("\"mention\":")
        static let message = EncodedKey("\"message\":")
        static let month = EncodedKey("\"month\":")
        static let paragraphs = EncodedKey("\"paragraphs\":")
        static let pattern = EncodedKey("\"pattern\":")
        static let published = EncodedKey("\"published\":")
        static let quotes = EncodedKey("\"quotes\":")
        static let region = EncodedKey("\"region\":")
        static let sentences = EncodedKey("\"sentences\":")
        static let source = EncodedKey("\"source\":")
        static let speaker = EncodedKey("\"speaker\":")
        static let time = EncodedKey("\"time\":")
        static let timezone = EncodedKey("\"timezone\":")
        static let tokens = EncodedKey("\"tokens\":")
        static let utc_offset_minutes = EncodedKey("\"utc_offset_minutes\":")
    }

    /// Appends the object for a processed document to `writer`.
    public func encode(_ result: AnnotatedDocument, into writer: inout JSONWriter) {
        let doc = result.document
        let map = OffsetMap(bytes: doc.bytes)
        writer.beginObject()
        writer.key(Keys.id); writer.string(doc.id)
        writer.key(Keys.dateline)
        if let d = result.dateline {
            writer.beginObject()
            spanFields(d.span, doc, map, &writer)
            writer.key(Keys.location); writer.string(d.location)
            writer.key(Keys.date); writer.string(d.date?.description)
            writer.key(Keys.month); writer.int(d.month)
            writer.key(Keys.day); writer.int(d.day)
            writer.key(Keys.source); writer.string(d.source)
            writer.key(Keys.region); writer.string(d.region)
            writer.key(Keys.country); writer.string(d.country)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key(Keys.published)
        if let p = result.published {
            writer.beginObject()
            spanFields(p.span, doc, map, &writer)
            writer.key(Keys.date); writer.string(p.date.description)
            writer.key(Keys.time); writer.string(p.time)
            writer.key(Keys.timezone); writer.string(p.timezone)
            writer.key(Keys.utc_offset_minutes); writer.int(p.utcOffsetMinutes)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key(Keys.quotes)
        writer.beginArray()
        for q in result.quotes {
            writer.beginObject()
            spanFields(q.span, doc, map, &writer)
            writer.key(Keys.kind); writer.string(q.kind.rawValue)
            writer.key(Keys.speaker); writer.string(q.speaker)
            writer.key(Keys.mention); optionalSpan(q.mention, doc, map, &writer)
            writer.key(Keys.cue); optionalSpan(q.cue, doc, map, &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.key(Keys.matches)
        writer.beginArray()
        for m in result.matches {
            writer.beginObject()
            writer.key(Keys.pattern); writer.string(m.pattern)
            spanFields(m.span, doc, map, &writer)
            writer.key(Keys.groups)
            writer.beginObject()
            for g in m.groups {
                writer.key(g.name)
                if let s = g.span { writer.string(utf8: slice(s, doc)) } else { writer.null() }
            }
            writer.endObject()
            writer.endObject()
        }
        writer.endArray()
        for (key, value) in result.output {
            writer.key(key)
            writer.value(value)
        }
        if include.contains(.tokens), let tokens = result.tokens {
            writer.key(Keys.tokens)
            writer.beginArray()
            for i in tokens.indices {
                let t = tokens[i]
                writer.beginObject()
                writer.key(Keys.kind); writer.string(t.kind.description)
                spanFields(t.span, doc, map, &writer)
                writer.endObject()
            }
            writer.endArray()
        }
        if include.contains(.sentences), let sentences = result.sentences {
            writer.key(Keys.sentences)
            spanList(sentences, doc, map, &writer)
        }
        if include.contains(.paragraphs), let paragraphs = result.paragraphs {
            writer.key(Keys.paragraphs)
            spanList(paragraphs, doc, map, &writer)
        }
        writer.endObject()
    }

    /// Appends the object for a failed document: `id`, `error`, and the contract's
    /// other keys empty.
    public func encode(id: String, error: DocumentError, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(Keys.id); writer.string(id)
        writer.key(Keys.error)
        writer.beginObject()
        writer.key(Keys.code); writer.string(error.code)
        writer.key(Keys.message); writer.string(error.message)
        writer.endObject()
        writer.key(Keys.dateline); writer.null()
        writer.key(Keys.published); writer.null()
        writer.key(Keys.quotes); writer.beginArray(); writer.endArray()
        writer.key(Keys.matches); writer.beginArray(); writer.endArray()
        writer.endObject()
    }

    /// One compact JSON line (with a trailing newline) for a result.
    public func line(for result: Result<AnnotatedDocument, DocumentError>, id: String) -> [UInt8] {
        var writer = JSONWriter()
        switch result {
        case .success(let annotated): encode(annotated, into: &writer)
        case .failure(let error): encode(id: id, error: error, into: &writer)
        }
        return writer.take(appending: 0x0A)
    }

    private func slice(_ span: Span, _ doc: Document) -> ArraySlice<UInt8> {
        let lo = max(0, min(span.start, doc.bytes.count))
        let hi = max(lo, min(span.end, doc.bytes.count))
        return doc.bytes[lo..<hi]
    }

    private func spanFields(_ span: Span, _ doc: Document, _ map: OffsetMap, _ writer: inout JSONWriter) {
        slice(span, doc).withUnsafeBufferPointer { text in
            writer.spanFields(text: text, start: map.codePoint(span.start), end: map.codePoint(span.end))
        }
    }

    private func optionalSpan(_ span: Span?, _ doc: Document, _ map: OffsetMap, _ writer: inout JSONWriter) {
        guard let span else { return writer.null() }
        writer.beginObject()
        spanFields(span, doc, map, &writer)
        writer.endObject()
    }

    private func spanList(_ spans: [Span], _ doc: Document, _ map: OffsetMap, _ writer: inout JSONWriter) {
        writer.beginArray()
        for s in spans {
            writer.beginObject()
            spanFields(s, doc, map, &writer)
            writer.endObject()
        }
        writer.endArray()
    }
}
