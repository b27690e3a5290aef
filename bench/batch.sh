#!/usr/bin/env bash
# The batch benchmark of the workflow issue: the whole Reuters-21578 corpus written out as 19,043
# Markdown files, checked by the numcheck command line with --jobs 1 and --jobs 2 (text, short,
# json and sarif output), best of 3 runs each, wall time and peak memory from /usr/bin/time.
# Target: under 2 seconds on 2 cores.
#
#   bench/batch.sh [NUMCHECK_BINARY] [CORPUS_DIR] [MARKDOWN_DIR]
#
# Skips (exit 0) when the corpus is absent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
numcheck=${1:-$root/build/release/numcheck}
corpus=${2:-$root/../shared/corpora/reuters21578}
markdown=${3:-${TMPDIR:-/tmp}/numcheck-reuters-md}
if [[ ! -d $corpus ]]; then
  echo "skipped: $corpus not found"
  exit 0
fi
source "$root/bench/reuters_markdown.sh"
ensure_reuters_markdown "$corpus" "$markdown"
files=$(find "$markdown" -name '*.md' | wc -l)
bytes=$(cat "$markdown"/*.md | wc -c)
echo "files:      $files Markdown files, $((bytes / 1000000)) MB ($markdown)"
echo "machine:    $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo
printf '%-8s %-6s %10s %12s %s\n' format jobs "best (s)" "peak RSS" "exit"
for format in text short json sarif; do
  for jobs in 1 2; do
    best=
    for _ in 1 2 3; do
      set +e
      /usr/bin/time -f '%e %M' -o "$markdown/.time" "$numcheck" check --format "$format" --jobs "$jobs" \
        --progress never "$markdown" >/dev/null 2>&1
      status=$?
      set -e
      read -r seconds kb < <(tail -n 1 "$markdown/.time")
      if [[ -z $best ]] || awk "BEGIN { exit !($seconds < $best) }"; then best=$seconds rss=$kb; fi
    done
    printf '%-8s %-6s %10s %9s MiB %s\n' "$format" "$jobs" "$best" "$((rss / 1024))" "$status"
  done
done
