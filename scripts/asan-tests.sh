#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (and LeakSanitizer) in its own
# scratch folder, so it never clobbers .build. For CI; extra arguments go to `swift test`
# (e.g. --filter LedeCLITests).
#
#   scripts/asan-tests.sh [swift test arguments...]
#
# Fails on a test failure and on any sanitizer report, also one from an `extract` child
# that the CLI tests start (its standard error goes to the test, not to this log): every
# report is written under .build-asan/reports and printed here.
#
# Leaks that Foundation's Process/Pipe (the CLI test harness) and the XCTest runner keep
# at exit are suppressed (scripts/lsan-suppressions.txt); leaks in Lede's code are not.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
reports="$root/.build-asan/reports"
rm -rf "$reports"
mkdir -p "$reports"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}:log_path=$reports/asan"
swift build --build-tests --sanitize=address --scratch-path .build-asan
status=0
swift test --skip-build --sanitize=address --scratch-path .build-asan "$@" || status=$?
# A report file may hold only LeakSanitizer's statistics of suppressed leaks; a finding
# has an ERROR (or a WARNING) line from a sanitizer.
if compgen -G "$reports/asan.*" > /dev/null && grep -qE "(ERROR|WARNING): [A-Za-z]+Sanitizer" "$reports"/asan.*; then
    cat "$reports"/asan.*
    echo "asan-tests: sanitizer reports above (in $reports)" >&2
    exit 1
fi
exit "$status"
