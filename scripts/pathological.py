#!/usr/bin/env python3
"""Times the default pipeline on pathological 2 MB inputs against ordinary news text.

Usage: scripts/pathological.py [EXTRACT] [--size BYTES] [--normal DIR]

EXTRACT defaults to .build/release/extract (build it with `swift build -c release`).
Ordinary text is the bundled example articles repeated to the same size, unless --normal
names a folder of .txt articles. Each input is one document, run with one job; the table
shows seconds, µs per KB and the ratio to ordinary text (the target is at most 3x).
Exit status 1 if any input exceeds the ratio given by --max-ratio (default 3.0) or fails
to produce exactly one output line.
"""
import argparse, glob, json, os, subprocess, sys, tempfile, time

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
        ("all 256 byte values", rep(bytes(range(256)))),
        ("deeply nested brackets", rep("(" * 1000 + "[{“" + ")" * 1000)),
    ]


def run(extract, data, jobs=1):
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write(data)
        path = f.name
    try:
        best = None
        for _ in range(3):
            t0 = time.perf_counter()
            p = subprocess.run([extract, "--format", "jsonl", "--jobs", str(jobs), "--reference-date", "2025-11-01", path],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        lines = [l for l in p.stdout.splitlines() if l.strip()]
        ok = len(lines) == 1
        rec = json.loads(lines[0]) if ok else {}
        return best, ok, rec
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("extract", nargs="?", default=os.path.join(ROOT, ".build/release/extract"))
    ap.add_argument("--size", type=int, default=2_000_000)
    ap.add_argument("--normal")
    ap.add_argument("--max-ratio", type=float, default=3.0)
    args = ap.parse_args()
    rows, failed = [], False
    base = None
    for name, data in inputs(args.size, args.normal):
        secs, ok, rec = run(args.extract, data)
        per_kb = secs / (len(data) / 1000) * 1e6
        if base is None:
            base = per_kb
        ratio = per_kb / base
        status = "ok" if ok and ratio <= args.max_ratio else "FAIL"
        if status == "FAIL":
            failed = True
        err = (rec.get("error") or {}).get("code", "")
        rows.append((name, len(data), secs, per_kb, ratio, len(rec.get("quotes") or []), err, status))
    print(f"| input | bytes | seconds | µs/KB | × ordinary | quotes | error | status |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    for r in rows:
        print(f"| {r[0]} | {r[1]:,} | {r[2]:.3f} | {r[3]:.1f} | {r[4]:.2f} | {r[5]} | {r[6]} | {r[7]} |")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
