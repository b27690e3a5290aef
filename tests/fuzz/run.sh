#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60) from a seed corpus made of samples/ and the
# rule fixtures. A crash, a leak, a sanitizer report or a timeout fails the run; the input that
# caused it is left in build/fuzz/artifacts/ (add it as a regression test).
#   tests/fuzz/run.sh [SECONDS]        (after: cmake --preset fuzz && cmake --build --preset fuzz)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
build=$root/build/fuzz/tests/fuzz
artifacts=$root/build/fuzz/artifacts
mkdir -p "$artifacts"
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
mkdir -p "$seeds/document" "$seeds/pipeline" "$seeds/grammars"
i=0
for f in "$root"/samples/* "$root"/tests/rules/*.txt; do
  cp "$f" "$seeds/document/$i"
  cp "$f" "$seeds/pipeline/$i"
  i=$((i + 1))
done
# Grammar seeds: the first byte picks the grammar; each fixture line under every grammar.
n=0
while IFS= read -r line; do
  text=${line:2}
  [[ -z $text ]] && continue
  for g in 0 1 2 3 4 5 6 7 8 9 10 11; do
    { printf "\\$(printf '%03o' "$g")"; printf '%s' "$text"; } >"$seeds/grammars/$n-$g"
  done
  n=$((n + 1))
done < <(grep -h '^[!=] ' "$root"/tests/rules/*.txt | sed 's/ || .*//' | head -120)
status=0
for target in document grammars pipeline; do
  echo "== fuzz_$target for ${seconds}s ($(ls "$seeds/$target" | wc -l) seeds)"
  if ! "$build/fuzz_$target" "$seeds/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
      -max_len=65536 -artifact_prefix="$artifacts/$target-" -print_final_stats=1 2>"$seeds/$target.log"; then
    tail -40 "$seeds/$target.log"
    echo "FAIL: fuzz_$target found a problem; the input is in $artifacts"
    status=1
  else
    grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$seeds/$target.log" || true
  fi
done
exit $status
