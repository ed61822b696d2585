#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (and LeakSanitizer) in its own
# scratch folder, so it never clobbers .build. For CI; extra arguments go to `swift test`
# (e.g. --filter LedeCLITests).
#
#   scripts/asan-tests.sh [swift test arguments...]
#
# Leaks that Foundation's Process/Pipe (the CLI test harness) and the XCTest runner keep
# at exit are suppressed (scripts/lsan-suppressions.txt); leaks in Lede's code are not.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
swift build --build-tests --sanitize=address --scratch-path .build-asan "$@"
swift test --skip-build --sanitize=address --scratch-path .build-asan "$@"
