#!/usr/bin/env bash
# Lede vs Python peers (spaCy, blingfire, HF tokenizers, NLTK, re, regex, textacy) and the
# C splitter anchor, on the same text in one run. Not run in CI. See compare.py for what is
# measured and Docs/Performance.md for the latest table.
#
#   Benchmarks/compare/compare.sh [--corpus DIR] [--mb 16] [--runs 3] [--markdown FILE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="${LEDE_COMPARE_TMP:-/tmp/lede-compare}"
mkdir -p "$tmp"

# Python peers in their own venv (gitignored).
if [ ! -x "$here/.venv/bin/python" ]; then
  python3 -m venv "$here/.venv"
fi
if ! "$here/.venv/bin/python" -c "import spacy, blingfire, tokenizers, nltk, regex, textacy" 2>/dev/null; then
  "$here/.venv/bin/pip" install -q --upgrade pip
  "$here/.venv/bin/pip" install -q -r "$here/requirements.txt"
fi

# Lede: the CLI (whole-process numbers) and lede-peer (in-process numbers, pattern dump).
"$root/scripts/ensure-deps.sh"
(cd "$root" && swift build -c release --product extract 2>&1 | tail -1)
(cd "$root/Benchmarks" && swift build -c release --product lede-peer 2>&1 | tail -1)

# The C anchor for the tokenizer target.
cc -O2 -o "$tmp/c_splitter" "$here/c_splitter.c"

LEDE_COMPARE_TMP="$tmp" exec "$here/.venv/bin/python" "$here/compare.py" --c-splitter "$tmp/c_splitter" "$@"
