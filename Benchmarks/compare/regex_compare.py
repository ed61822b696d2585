#!/usr/bin/env python3
"""Lede's regex step vs Python `re` vs a raw PCRE2 JIT loop, side by side in one run.

    python3 Benchmarks/compare/regex_compare.py [CORPUS_DIR] [--runs N] [--no-build]

CORPUS_DIR defaults to ../shared/corpus/reuters-dev/text (from the repository root).
Its *.txt files, sorted by name and joined with a newline, make one buffer that all
three engines search with the default pattern set (`PatternLibrary.defaultPatternSet`,
dumped by regex-bench so every engine runs the very same patterns):

  lede-swift        RegexExtractor.matches(in:) — the `regex` step itself (Swift, JIT,
                    `Match` values with named groups), built by ./Package.swift
  pcre2-c           pcre2_loop.c: the bare JIT loop, one pass per pattern, no results kept
  pcre2-c-combined  the same loop over one `(*MARK:name)` alternation of all patterns
                    (fewer matches: an alternation cannot report overlapping ones)
  python-re         re.finditer per pattern, keeping each match's group spans (m.regs)

Times are the best of N runs of the whole pattern set, in CPU time of the searching
thread (so other load on the machine does not inflate them). Not run in CI.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def python_pattern(pattern):
    """PCRE2 → Python `re`: `(?<name>` becomes `(?P<name>`; a name used again
    (PCRE2 `dupnames`) gets a numeric suffix, since `re` refuses duplicates."""
    seen = {}

    def rename(m):
        name = m.group(1)
        seen[name] = seen.get(name, 0) + 1
        return "(?P<%s>" % (name if seen[name] == 1 else "%s_%d" % (name, seen[name]))

    return re.sub(r"\(\?<([A-Za-z_]\w*)>", rename, pattern)


def time_python(patterns, text, runs):
    compiled = [(name, re.compile(python_pattern(p))) for name, p in patterns]
    best, counts = float("inf"), {}
    for _ in range(runs):
        start = time.thread_time()
        found = {}
        for name, rx in compiled:
            found[name] = [m.regs for m in rx.finditer(text)]
        best = min(best, time.thread_time() - start)
        counts = {name: len(v) for name, v in found.items()}
    return {"engine": "python-re", "seconds": best, "matches": sum(counts.values()), "counts": counts}


def main():
    args = sys.argv[1:]
    runs, build = 10, True
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    if "--no-build" in args:
        build = False
        args.remove("--no-build")
    corpus_dir = args[0] if args else os.path.join(ROOT, "..", "shared", "corpus", "reuters-dev", "text")
    files = sorted(f for f in os.listdir(corpus_dir) if f.endswith(".txt"))
    texts = []
    for f in files:
        with open(os.path.join(corpus_dir, f), "rb") as fh:
            texts.append(fh.read().decode("utf-8", errors="replace"))
    text = "\n".join(texts)

    tmp = tempfile.mkdtemp(prefix="lede-regex-bench-")
    corpus = os.path.join(tmp, "corpus.txt")
    with open(corpus, "w", encoding="utf-8") as fh:
        fh.write(text)
    size = os.path.getsize(corpus)
    print("corpus: %d files, %.2f MB (%s)" % (len(files), size / 1e6, corpus_dir))

    if build:
        subprocess.run(["swift", "build", "-c", "release", "--package-path", HERE], check=True,
                       stdout=subprocess.DEVNULL)
    bench = os.path.join(HERE, ".build", "release", "regex-bench")
    tsv = os.path.join(tmp, "patterns.tsv")
    results = [json.loads(subprocess.check_output([bench, corpus, "--runs", str(runs), "--dump", tsv]))]
    loop = os.path.join(tmp, "pcre2_loop")
    flags = subprocess.check_output(["pkg-config", "--cflags", "--libs", "libpcre2-8"], text=True).split()
    subprocess.run(["cc", "-O2", "-o", loop, os.path.join(HERE, "pcre2_loop.c")] + flags, check=True)
    for line in subprocess.check_output([loop, tsv, corpus, str(runs)], text=True).splitlines():
        record = json.loads(line)
        if "engine" in record:
            results.append(record)
        else:
            scratch_us = record["scratch_alloc_free_us"]
    patterns = []
    with open(tsv, encoding="utf-8") as fh:
        for line in fh.read().splitlines():
            name, _, pattern = line.split("\t", 2)
            patterns.append((name, pattern))
    results.append(time_python(patterns, text, max(1, min(runs, 3))))

    swift = results[0]["seconds"]
    print("%-18s %10s %10s %9s %12s" % ("engine", "seconds", "MB/s", "matches", "vs lede"))
    for r in results:
        print("%-18s %10.4f %10.1f %9d %11.2fx" % (r["engine"], r["seconds"], size / 1e6 / r["seconds"],
                                                  r["matches"], r["seconds"] / swift))
    print("%-18s %10.4f   (CompiledPattern.forEachMatch only, no Match values)" % (
        "lede-swift bare", results[0]["bare_loop_seconds"]))
    per_doc_us = results[0]["seconds"] / len(files) * 1e6
    print("\nscratch (match data + context + JIT stack) alloc+free: %.1f us per call, vs %.1f us "
          "to search an average document: %.0f%% extra if allocated per document" %
          (scratch_us, per_doc_us, 100 * scratch_us / per_doc_us))
    print("\nmatches per pattern (lede / pcre2-c / python-re):")
    by = {r["engine"]: r.get("counts", {}) for r in results}
    for name, _ in patterns:
        a, b, c = by["lede-swift"].get(name), by["pcre2-c"].get(name), by["python-re"].get(name)
        note = "" if a == b == c else "   <- differs"
        print("  %-10s %7s %7s %7s%s" % (name, a, b, c, note))


if __name__ == "__main__":
    main()
