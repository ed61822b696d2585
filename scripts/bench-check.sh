#!/usr/bin/env bash
# Checks the benchmark suite's malloc counts against the thresholds stored in
# Benchmarks/Thresholds (ordo-one/benchmark's `thresholds check`). Time is never gated.
#
#   scripts/bench-check.sh            check the CI subset (what .ci/run calls)
#   scripts/bench-check.sh --all      check every benchmark that has stored thresholds
#   scripts/bench-check.sh --update   re-measure and store thresholds for every benchmark
#                                     (run after a change that legitimately moves malloc counts,
#                                     review the diff of Benchmarks/Thresholds, commit it)
#
# Only the mallocCountTotal metric is measured (`--metric`): it also keeps the harness's
# 5 ms memory sampler thread, whose own allocations would blur the counts, switched off.
# Tolerances live in the benchmarks (Suite.MallocSlack). Exit status: 0 when no benchmark
# allocates more than its threshold allows (an improvement passes with a note), 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

# Small and fast: the tokenizer at two sizes (flat at ~0 per iteration), the sentence
# splitter, and the default pipeline and JSON encoding over the five seed articles.
CI_FILTER='Tokenizer\..*|SentenceSplitter\..*|Pipeline\.default\.seeds|ResultEncoder\.seeds'

mode=check
filter=$CI_FILTER
for arg in "$@"; do
  case "$arg" in
    --all) filter='.*' ;;
    --update) mode=update; filter='.*' ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "bench-check: unknown argument '$arg' (use --all, --update)" >&2; exit 64 ;;
  esac
done

scripts/ensure-deps.sh
cd Benchmarks   # thresholds paths are relative to the working directory

bench=(swift package)
common=(--metric mallocCountTotal --filter "$filter" --no-progress --path Thresholds)

if [ "$mode" = update ]; then
  "${bench[@]}" --allow-writing-to-package-directory benchmark thresholds update "${common[@]}"
  echo "bench-check: thresholds written to Benchmarks/Thresholds; review 'git diff Benchmarks/Thresholds' and commit."
  exit 0
fi

# The plugin turns the tool's exit codes (2 = regression, 4 = improvement) into a generic
# failure of `swift package`, so the verdict is read from the tool's own summary line.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
"${bench[@]}" benchmark thresholds check "${common[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
if grep -q "is WORSE than" "$log"; then
  echo "bench-check: malloc counts ABOVE the stored thresholds (see the table above)." >&2
  exit 1
elif grep -q "is BETTER than" "$log"; then
  echo "bench-check: malloc counts BELOW the stored thresholds (an improvement); run scripts/bench-check.sh --update and commit Benchmarks/Thresholds."
elif [ "$status" -ne 0 ]; then
  echo "bench-check: the benchmark run failed (exit $status)." >&2
  exit 1
else
  echo "bench-check: malloc counts equal to the stored thresholds."
fi
