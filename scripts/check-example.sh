#!/usr/bin/env bash
# Builds the example package (Examples/CustomExtractor) and runs its tests, then shows
# that a broken pattern fails the example's build with `file:line:column: error:`
# pointing into its patterns file. Called from .ci/run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
example="$root/Examples/CustomExtractor"

echo "== example package: build and tests"
swift build --package-path "$example"
swift test --package-path "$example"

echo "== example package: troop-extract, extract with one more extractor"
bin="$(swift build --package-path "$example" --show-bin-path)/troop-extract"
line='{"id": "a", "text": "Nearly 2,000 additional U.S. Marines joined the 7th Fleet."}'
out="$(printf '%s\n' "$line" | "$bin" --input-format jsonl --format jsonl --pipeline regex,troops -)"
echo "$out"
echo "$out" | grep -q '"troops":\[{"text":"Nearly 2,000 additional U.S. Marines",[^]]*"count":2000' \
  || { echo "check-example: troop-extract did not report the troop count" >&2; exit 1; }
listing="$("$bin" list)"
grep -q "^  troops$" <<< "$listing" || { echo "check-example: troop-extract list does not show troops" >&2; exit 1; }

echo "== example package: a broken pattern fails the build, located in the patterns file"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
copy="$tmp/CustomExtractor"
mkdir "$copy"
(cd "$example" && tar cf - --exclude=./.build --exclude=./.swiftpm .) | (cd "$copy" && tar xf -)
# The copy is not beside the root package any more: point its dependency at the root.
sed -i.orig "s|path: \"../..\"|path: \"$root\"|" "$copy/Package.swift"
grep -q "path: \"$root\"" "$copy/Package.swift" || { echo "check-example: could not repoint the dependency" >&2; exit 1; }
patterns="$copy/Sources/TroopCounts/Troop.patterns.yaml"
printf "broken: '(?<n>\\\\d+ troops'\n" >> "$patterns"
line=$(wc -l < "$patterns")
# Share the example's build folder so the Lede modules are not compiled again.
set +e
swift build --package-path "$copy" --scratch-path "$example/.build" > "$tmp/build.log" 2>&1
status=$?
set -e
expected="Troop.patterns.yaml:$line:25: error: missing closing parenthesis (pattern 'broken')"
if [ "$status" -eq 0 ]; then
  cat "$tmp/build.log"; echo "check-example: the build with a broken pattern succeeded" >&2; exit 1
fi
if ! grep -F "$expected" "$tmp/build.log"; then
  cat "$tmp/build.log"; echo "check-example: expected '$expected' in the build output" >&2; exit 1
fi
echo "check-example: broken pattern rejected at $expected (exit $status)"
