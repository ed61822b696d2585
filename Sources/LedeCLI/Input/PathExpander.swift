import Foundation

/// Turns command-line paths into input sources: files as given, folders walked
/// recursively (sorted, hidden entries skipped, `--glob` on file names, symlink loops
/// detected), `-` as standard input.
struct PathExpander {
    /// The `--input-format` given, if any; otherwise `*.jsonl` files are JSONL.
    var inputFormat: InputFormat?
    /// File-name pattern for files found inside folders (fnmatch syntax).
    var glob: String
    /// Called for a folder entry that is skipped for a reason the user should know
    /// (a symlink loop); not a document, so it gets no output line.
    var warn: (String) -> Void

    func expand(_ paths: [String]) -> [InputSource] {
        var sources: [InputSource] = []
        for path in paths.isEmpty ? ["-"] : paths {
            if path == "-" {
                sources.append(.standardInput(format: inputFormat ?? .text))
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                let reason = String(cString: strerror(errno))
                sources.append(.missing(path: path, reason: "cannot read \(path): \(reason)"))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited = Set<FileIdentity>()
                walk(path, identity: FileIdentity(info), visited: &visited, into: &sources)
            } else {
                sources.append(.file(path: path, format: format(of: path)))
            }
        }
        return sources
    }

    private func format(of path: String) -> InputFormat {
        inputFormat ?? (path.hasSuffix(".jsonl") ? .jsonl : .text)
    }

    /// Depth-first, entries sorted by name, so output order is stable across runs and machines.
    private func walk(_ folder: String, identity: FileIdentity, visited: inout Set<FileIdentity>,
                      into sources: inout [InputSource]) {
        guard visited.insert(identity).inserted else {
            warn("skipping \(folder): folder already visited (symlink loop or second link to it)")
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            sources.append(.missing(path: folder, reason: "cannot list folder \(folder)"))
            return
        }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names where !name.hasPrefix(".") {
            let path = base + name
            var info = stat()
            // stat follows symlinks: a link to a folder is walked, once per identity.
            guard stat(path, &info) == 0 else {
                if fnmatch(glob, name, 0) == 0 {
                    sources.append(.missing(path: path, reason: "cannot read \(path): \(String(cString: strerror(errno)))"))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, identity: FileIdentity(info), visited: &visited, into: &sources)
            case S_IFREG where fnmatch(glob, name, 0) == 0:
                sources.append(.file(path: path, format: format(of: path)))
            default:
                continue
            }
        }
    }
}

/// A file's device and inode: the same folder reached through different paths.
private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
