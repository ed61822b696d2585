import Foundation
import Lede

/// One input item: a document to process, or an input that failed before processing.
enum InputItem {
    case document(Document)
    case failure(id: String, DocumentError)
}

/// Expands paths (files, folders, `-`) into documents in input order.
struct InputReader: Sequence {
    let paths: [String]
    let inputFormat: String?
    let referenceDate: CalendarDate?

    func makeIterator() -> AnyIterator<InputItem> {
        var items: [InputItem] = []
        let sources = paths.isEmpty ? ["-"] : paths
        for path in sources {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                items += documents(from: data, id: "-", jsonl: inputFormat == "jsonl")
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                items.append(.failure(id: path, .unreadable("no such file or folder: \(path)")))
                continue
            }
            let files = isDir.boolValue ? Self.listFiles(path) : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    items.append(.failure(id: file, .unreadable("cannot read \(file)")))
                    continue
                }
                let jsonl = inputFormat == "jsonl" || (inputFormat == nil && file.hasSuffix(".jsonl"))
                items += documents(from: data, id: file, jsonl: jsonl)
            }
        }
        return AnyIterator(items.makeIterator())
    }

    private func documents(from data: Data, id: String, jsonl: Bool) -> [InputItem] {
        guard jsonl else {
            if data.isEmpty { return [.failure(id: id, .empty("\(id) is empty"))] }
            return [.document(Document(id: id, bytes: data, referenceDate: referenceDate))]
        }
        var out: [InputItem] = []
        var lineNo = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNo += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = obj["text"] as? String else {
                out.append(.failure(id: "\(id):\(lineNo)", .malformedInput("line \(lineNo) is not a JSON object with a string \"text\"")))
                continue
            }
            let docId = (obj["id"] as? String) ?? (obj["id"].map { "\($0)" } ?? "\(id):\(lineNo)")
            let published = (obj["published"] as? String).flatMap { CalendarDate(iso: $0) }
            out.append(.document(Document(id: docId, text: text, published: published, referenceDate: referenceDate)))
        }
        return out
    }

    static func listFiles(_ root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let rel = walker.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            if name.hasSuffix(".txt") { files.append(root.hasSuffix("/") ? root + rel : root + "/" + rel) }
        }
        return files.sorted()
    }
}
