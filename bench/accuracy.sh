#!/usr/bin/env bash
# The accuracy report of issue 6: runs the four accuracy runners and writes docs/accuracy.md from
# bench/accuracy/template.md (the prose) and bench/accuracy/verdicts.tsv (the review verdicts of
# the Reuters findings).
#
#   bench/accuracy.sh [BUILD_DIR]          BUILD_DIR defaults to build/release
#
#   1. Recognizers-Text pass rates per model   BUILD_DIR/bench/numcheck_recognizers
#   2. TempEval-3 DATE recall and values       BUILD_DIR/bench/numcheck_tempeval (and --verbose)
#   3. Reuters-21578 findings per rule         BUILD_DIR/numcheck check --format json over the
#      corpus as 19,043 Markdown files (bench/reuters_markdown.sh), joined to the verdicts
#   4. the mutation check                      BUILD_DIR/bench/numcheck_mutations
#   5. TempEval-3 articles findings            BUILD_DIR/numcheck check --format json over the 256
#      TimeBank and AQUAINT articles as Markdown (bench/tempeval_to_markdown.py), joined to
#      bench/accuracy/verdicts-tempeval.tsv
#
# Builds nothing. The inputs are in ../shared (or $NUMCHECK_SHARED); a section whose input is
# missing says "skipped" and the rest is still written (exit 0). The tables hold no timings, so two
# runs over the same inputs and the same build give the same file. Findings without a verdict are
# listed as UNREVIEWED in the document and on standard error.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${1:-build/release}
shared=${NUMCHECK_SHARED:-../shared}
out=docs/accuracy.md

missing=()
for binary in numcheck bench/numcheck_recognizers bench/numcheck_tempeval bench/numcheck_mutations; do
  [[ -x $build/$binary ]] || missing+=("$build/$binary")
done
if ((${#missing[@]})); then
  echo "accuracy: missing ${missing[*]}" >&2
  if [[ $build == build/release ]]; then
    echo "build them with: cmake --preset release && ninja -C build/release numcheck numcheck_recognizers numcheck_tempeval numcheck_mutations" >&2
  else
    echo "build them with: cmake --build $build --target numcheck numcheck_recognizers numcheck_tempeval numcheck_mutations" >&2
  fi
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/numcheck-accuracy.XXXXXX")
trap 'rm -rf "$work"' EXIT

recognizers=$shared/specs/recognizers-text
tempeval=$shared/corpora/tempeval3/TBAQ-cleaned
reuters=$shared/corpora/reuters21578

"$build/numcheck" rules >"$work/rules.txt"

echo "== Recognizers-Text pass rates ($recognizers)"
if [[ -d $recognizers ]]; then
  "$build/bench/numcheck_recognizers" "$recognizers" | tee "$work/recognizers.txt"
else
  echo "skipped: $recognizers not found" | tee "$work/recognizers.skipped"
fi

echo "== TempEval-3 DATE expressions ($tempeval)"
if [[ -d $tempeval ]]; then
  "$build/bench/numcheck_tempeval" "$tempeval" | tee "$work/tempeval.txt"
  "$build/bench/numcheck_tempeval" "$tempeval" --verbose >"$work/tempeval-verbose.txt"
else
  echo "skipped: $tempeval not found" | tee "$work/tempeval.skipped"
fi

echo "== Mutation check ($reuters)"
if [[ -d $reuters ]]; then
  "$build/bench/numcheck_mutations" "$reuters" | tee "$work/mutations.txt"
else
  echo "skipped: $reuters not found" | tee "$work/mutations.skipped"
fi

# check_corpus DIR JSON WHAT: numcheck check --format json over DIR into JSON (exit 1, findings, is
# expected; anything above it stops the report).
check_corpus() {
  local status=0
  "$build/numcheck" check --format json --no-config --progress never --jobs 2 --min-severity note \
    "$1" >"$2" || status=$?
  if ((status > 1)); then
    echo "accuracy: numcheck check exited $status over $3" >&2
    exit "$status"
  fi
}

echo "== Reuters-21578 findings ($reuters as Markdown, numcheck check --format json)"
if [[ -d $reuters ]]; then
  # Written afresh into the work folder each time (about 5 s): no cache that an older
  # reuters_to_markdown.py wrote, and no race with bench/batch.sh's cache.
  # shellcheck source=SCRIPTDIR/reuters_markdown.sh
  source "$root/bench/reuters_markdown.sh"
  ensure_reuters_markdown "$reuters" "$work/reuters-md"
  check_corpus "$work/reuters-md" "$work/reuters.json" "the Reuters Markdown files"
else
  echo "skipped: $reuters not found" | tee "$work/reuters.skipped"
fi

echo "== TempEval-3 articles, findings ($tempeval as Markdown, numcheck check --format json)"
if [[ -d $tempeval ]]; then
  python3 "$root/bench/tempeval_to_markdown.py" "$tempeval" "$work/tempeval-md" >/dev/null
  check_corpus "$work/tempeval-md" "$work/tempeval-articles.json" "the TempEval-3 Markdown files"
else
  echo "skipped: $tempeval not found" | tee "$work/tempeval-articles.skipped"
fi

python3 bench/accuracy/report.py --work "$work" --template bench/accuracy/template.md \
  --verdicts bench/accuracy/verdicts.tsv --tempeval-verdicts bench/accuracy/verdicts-tempeval.tsv --out "$out"
echo "wrote $out"
