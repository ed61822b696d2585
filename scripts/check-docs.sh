#!/usr/bin/env bash
# Builds the DocC documentation of every public module that has a catalog, with
# warnings as errors (broken symbol links, missing docs in curated topics). Modules
# without a catalog, or not in this checkout yet, are skipped. Called from .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=(LedeCore Lede LedeRegex LedeDateline LedeQuotes LedeCLI LedeTestSupport)
checked=0
failed=()
for module in "${modules[@]}"; do
  if ! ls -d "Sources/$module/"*.docc > /dev/null 2>&1; then
    echo "check-docs: $module has no DocC catalog, skipped"
    continue
  fi
  echo "== docs: $module"
  # Go on after a failure so one run reports every module that needs fixing.
  if swift package generate-documentation --target "$module" --warnings-as-errors; then
    checked=$((checked + 1))
  else
    failed+=("$module")
  fi
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "check-docs: documentation warnings or errors in: ${failed[*]}" >&2
  exit 1
fi
echo "check-docs: $checked module(s) documented without warnings"
