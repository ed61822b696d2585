/// The reader of the output went away (EPIPE: `extract … | head -1`): a quiet stop,
/// not an error.
struct OutputClosed: Error {}
