#!/usr/bin/env python3
"""Times the default pipeline on pathological 2 MB inputs against ordinary news text.

Usage: scripts/pathological.py [EXTRACT] [--size BYTES] [--normal DIR] [--only NAME ...]

EXTRACT defaults to .build/release/extract (build it with `swift build -c release`).
Ordinary text is the bundled example articles repeated to the same size, unless --normal
names a folder of .txt articles. Each input is one document, run with one job; the table
shows CPU and wall seconds (best of three), CPU µs per KB and the ratio of CPU time per
byte to ordinary text (the target is at most 3x). The 256-byte-values input runs twice: as a
file (which `extract` rejects as binary) and as a JSONL record so the pipeline sees it.
Exit status 1 if any input exceeds the ratio given by --max-ratio (default 3.0) or fails
to produce exactly one output line.
"""
import argparse, glob, json, os, resource, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def inputs(size, normal_dir):
    def rep(unit):
        b = unit.encode("utf-8") if isinstance(unit, str) else unit
        return (b * (size // len(b) + 1))[:size]
    files = sorted(glob.glob(os.path.join(normal_dir or os.path.join(ROOT, "Examples/articles"), "*.txt")))
    news = b"\n\n".join(open(f, "rb").read() for f in files)
    word_sentence = rep("word ")[: size - 1] + b"."
    return [
        ("ordinary news text", rep(news)),
        ('" repeated', rep('"')),
        ("“ repeated", rep("“")),
        ("a “b  repeated (never closed)", rep("a “b ")),
        ("one 400,000-word sentence", word_sentence),
        ("U.S. Gen.  repeated", rep("U.S. Gen. ")),
        ("newlines only", rep("\n")),
        ("SEOUL –  repeated", rep("SEOUL – ")),
        ("all 256 byte values (file: rejected as binary)", rep(bytes(range(256)))),
        ("all 256 byte values (JSONL text, NUL kept)", rep(bytes(range(256)))),
        ("deeply nested brackets", rep("(" * 1000 + "[{“" + ")" * 1000)),
        # Not in issue 9's list; added after the echo sieve was found quadratic in them.
        ('“a b” "c d"  repeated (many closed quotes)', rep('“a b” "c d" ')),
        ("“We agree,” Lee said.  repeated (many attributed quotes)", rep("“We agree,” Lee said. ")),
        ("“ then words (one quote never closed: quote-limit)", ("“" + rep("and so on ").decode())[:size].encode()),
    ]


def run(extract, data, jsonl=False):
    """Best of three runs: (CPU seconds, wall seconds, one line?, record).

    CPU time (user + system of the child) is what the ratio uses: on a shared machine
    wall time mostly measures the other processes."""
    suffix = ".jsonl" if jsonl else ".txt"
    with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as f:
        if jsonl:
            text = data.decode("utf-8", errors="replace")
            f.write(json.dumps({"id": "pathological", "text": text}).encode() + b"\n")
        else:
            f.write(data)
        path = f.name
    try:
        best_cpu = best_wall = None
        for _ in range(3):
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            p = subprocess.Popen([extract, "--format", "jsonl", "--jobs", "1", "--reference-date", "2025-11-01", path],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            out, _ = p.communicate()
            wall = time.perf_counter() - t0
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
            best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
            best_wall = wall if best_wall is None else min(best_wall, wall)
        lines = [l for l in out.splitlines() if l.strip()]
        ok = len(lines) == 1
        rec = json.loads(lines[0]) if ok else {}
        return best_cpu, best_wall, ok, rec
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("extract", nargs="?", default=os.path.join(ROOT, ".build/release/extract"))
    ap.add_argument("--size", type=int, default=2_000_000)
    ap.add_argument("--normal")
    ap.add_argument("--max-ratio", type=float, default=3.0)
    ap.add_argument("--only", action="append", help="run only inputs whose name contains this (repeatable)")
    args = ap.parse_args()
    failed = False
    base = None
    print("| input | bytes | CPU s | wall s | CPU µs/KB | × ordinary | quotes | error | status |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |", flush=True)
    for name, data in inputs(args.size, args.normal):
        if args.only and name != "ordinary news text" and not any(o in name for o in args.only):
            continue
        jsonl = "JSONL" in name
        cpu, wall, ok, rec = run(args.extract, data, jsonl=jsonl)
        if jsonl:  # the document is the decoded text: each invalid byte became 3 bytes of U+FFFD
            data = data.decode("utf-8", errors="replace").encode("utf-8")
        per_kb = cpu / (len(data) / 1000) * 1e6
        if base is None:
            base = per_kb
        ratio = per_kb / base
        status = "ok" if ok and ratio <= args.max_ratio else "FAIL"
        if status == "FAIL":
            failed = True
        err = (rec.get("error") or {}).get("code", "")
        print(f"| {name} | {len(data):,} | {cpu:.3f} | {wall:.3f} | {per_kb:.1f} | {ratio:.2f} | "
              f"{len(rec.get('quotes') or [])} | {err} | {status} |", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
