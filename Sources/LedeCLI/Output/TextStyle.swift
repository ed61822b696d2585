/// ANSI styling for the text report; every style is empty when colors are off
/// (not a terminal, or `NO_COLOR` set).
struct TextStyle: Sendable {
    let colors: Bool

    func heading(_ text: String) -> String { wrap(text, "1") }
    func speaker(_ text: String) -> String { wrap(text, "36") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func error(_ text: String) -> String { wrap(text, "31") }

    private func wrap(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
