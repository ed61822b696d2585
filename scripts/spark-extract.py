#!/usr/bin/env python3
"""Runs `extract` as a JSONL stage of a Spark job (RDD.pipe), here in local mode.

    python3 scripts/spark-extract.py EXTRACT ARTICLES_DIR OUTPUT_DIR [EXTRA EXTRACT ARGS...]

Each article becomes one JSONL record {"id", "text"}; every partition streams its records
through one `extract --input-format jsonl` process, which answers each input line with
exactly one output line, in order. The results are saved as text part files (JSONL) and
summarised. On a cluster, ship the binary with `--files extract` (or `sc.addFile`) and
call it as `./extract`; the machines need libpcre2-8.
"""
import json
import os
import shlex
import sys

from pyspark.sql import SparkSession

CONTRACT = {"id", "error", "dateline", "published", "quotes", "matches", "tokens", "sentences", "paragraphs"}


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 64
    extract, articles, output = sys.argv[1:4]
    extra = " ".join(shlex.quote(a) for a in sys.argv[4:])
    spark = SparkSession.builder.master("local[2]").appName("lede-extract").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")

    docs = sc.wholeTextFiles(os.path.abspath(articles) + "/*.txt", minPartitions=2)
    records = docs.map(lambda kv: json.dumps({"id": os.path.basename(kv[0]), "text": kv[1]}, ensure_ascii=False))

    # `extract` exits 1 when some document failed: those documents carry an "error" key
    # in their line, so only a status above 1 (bad arguments or configuration, a crash)
    # fails the task.
    # One process per task: Spark already runs a task per core, so `--jobs 1`.
    command = (f"sh -c '{shlex.quote(extract)} --input-format jsonl --format jsonl --jobs 1 {extra} -; "
               "s=$?; [ $s -le 1 ] || exit $s'")
    facts = records.pipe(command, checkCode=True)
    facts.saveAsTextFile(output)

    parsed = sc.textFile(output).map(json.loads).cache()
    summary = parsed.map(lambda r: {
        "id": r["id"],
        "error": (r.get("error") or {}).get("code"),
        "dateline": (r.get("dateline") or {}).get("location"),
        "quotes": len(r.get("quotes") or []),
        "speakers": sorted({q["speaker"] for q in r.get("quotes") or [] if q.get("speaker")}),
        "matches": len(r.get("matches") or []),
        # Keys written by extractors of your own (`troops` in Examples/CustomExtractor).
        **{k: len(v) for k, v in r.items() if k not in CONTRACT and isinstance(v, list)},
    }).collect()
    print(f"partitions: {records.getNumPartitions()}, documents in: {docs.count()}, lines out: {parsed.count()}")
    for row in sorted(summary, key=lambda r: r["id"]):
        print(json.dumps(row, ensure_ascii=False))
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
