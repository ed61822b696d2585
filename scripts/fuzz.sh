#!/usr/bin/env bash
# Builds and runs one libFuzzer target for SECONDS (default 60). Run one at a time per
# checkout: concurrent runs would rebuild the same objects.
#
#   scripts/fuzz.sh pipeline|config|patterns [SECONDS] [extra libFuzzer flags...]
#
# The library modules are built once in .build-fuzz with coverage (-sanitize=fuzzer at
# compile time gives libFuzzer's inline counters without linking its main) and ASan;
# the target file (Fuzz/TARGET/*.swift, defining LLVMFuzzerTestOneInput) is then linked
# with `swiftc -sanitize=fuzzer,address -parse-as-library` against those objects (a
# SwiftPM executable's renamed main clashes with libFuzzer's).
#
# Seeds: Fuzz/seeds/TARGET plus, for `pipeline`, the example articles and test texts.
# The growing corpus lives in .build-fuzz/corpus/TARGET. Any finding (crash, invariant
# violation, leak, timeout, out of memory) exits non-zero and leaves the reproducer in
# Fuzz/findings/TARGET-*; replay it with `.build-fuzz/fuzz-TARGET Fuzz/findings/FILE`.
set -euo pipefail

target=${1:?usage: scripts/fuzz.sh pipeline|config|patterns [SECONDS] [libFuzzer flags...]}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[[ -d Fuzz/$target ]] || { echo "fuzz.sh: unknown target '$target' (pipeline, config, patterns)" >&2; exit 2; }

scratch=.build-fuzz
jobs=${FUZZ_BUILD_JOBS:-2}
bin="$scratch/release"
cov="$scratch/coverage"
# Dependencies (Yams, libyaml) come from SwiftPM with ASan. Note: of several -sanitize
# flags swiftc keeps only the last, so this is ASan without coverage; the flags stay as
# they are so the cached build is reused.
echo "== building dependencies with ASan ($scratch)" >&2
swift build -c release --scratch-path "$scratch" --target Lede -j "$jobs" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -sanitize=address >&2

# The C modules the Swift modules import (PCRE2's shim, Yams's libyaml).
module_maps=(-Xcc -fmodule-map-file="$root/Sources/CPCRE2/module.modulemap")
cyaml_map=$(find "$scratch/checkouts/Yams" -path '*CYaml*' -name module.modulemap 2>/dev/null | head -1)
[[ -n $cyaml_map ]] && module_maps+=(-Xcc -fmodule-map-file="$root/$cyaml_map")
pcre_includes=$(pkg-config --cflags-only-I libpcre2-8 | sed 's/-I/-Xcc -I/g')

# Lede's own modules, compiled here with coverage counters (-sanitize=fuzzer without
# linking libFuzzer's main) and ASan, in dependency order, each whole-module into one object.
mkdir -p "$cov/Modules"
lede_modules=(LedeCore LedeRegex LedeDateline LedeQuotes Lede)
stamp="$cov/.built"
stale=1
if [[ -f $stamp ]]; then
    stale=0
    for m in "${lede_modules[@]}"; do
        [[ -f $cov/$m.o && -z $(find "Sources/$m" -newer "$stamp" -print -quit) ]] || stale=1
    done
fi
objects=()
for m in "${lede_modules[@]}"; do
    mapfile -t files < <(find "Sources/$m" -name '*.swift' | sort)
    obj="$cov/$m.o"
    if (( stale )); then
        echo "== compiling $m with coverage" >&2
        swiftc -parse-as-library -wmo -O -sanitize=fuzzer,address -swift-version 6 \
            -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility \
            -module-name "$m" -emit-module -emit-module-path "$cov/Modules/$m.swiftmodule" \
            -I "$cov/Modules" -I "$bin/Modules" "${module_maps[@]}" $pcre_includes \
            -c "${files[@]}" -o "$obj"
    fi
    objects+=("$obj")
done
(( stale )) && touch "$stamp"
for m in Yams CYaml; do
    while IFS= read -r -d '' o; do objects+=("$o"); done < <(find "$bin/$m.build" -name '*.o' -print0)
done

exe="$scratch/fuzz-$target"
sources=(Fuzz/Common/*.swift Fuzz/"$target"/*.swift)
newest=$(ls -t "${sources[@]}" "${objects[@]}" | head -1)
if [[ ! -x $exe || $newest -nt $exe ]]; then
    echo "== linking $exe" >&2
    swiftc -O -parse-as-library -sanitize=fuzzer,address -module-name "Fuzz_$target" \
        -I "$cov/Modules" -I "$bin/Modules" "${module_maps[@]}" $pcre_includes \
        "${sources[@]}" "${objects[@]}" $(pkg-config --libs libpcre2-8) -o "$exe"
fi

corpus="$scratch/corpus/$target"
mkdir -p "$corpus" Fuzz/findings
seeds=("Fuzz/seeds/$target")
if [[ $target == pipeline ]]; then
    seeds+=(Examples/articles Tests/LedeRegexTests/Fixtures)
fi
max_len=$([[ $target == pipeline ]] && echo 16384 || echo 4096)
dict=()
[[ -f Fuzz/$target.dict ]] && dict=(-dict="Fuzz/$target.dict")

echo "== fuzzing $target for ${seconds}s" >&2
log="$scratch/fuzz-$target.log"
set +e
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
"$exe" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="Fuzz/findings/$target-" "${dict[@]}" "$@" \
    "$corpus" "${seeds[@]}" 2>&1 | tee "$log" | grep -v -E '^#[0-9]+.*(NEW|REDUCE|pulse)' >&2
status=${PIPESTATUS[0]}
set -e
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
echo "== $target: status $status, ${runs:-?} executions in ${seconds}s" >&2
if (( status != 0 )); then
    echo "== FINDING: reproducer(s):" >&2
    ls -1 Fuzz/findings/"$target"-* 2>/dev/null >&2 || true
fi
exit "$status"
