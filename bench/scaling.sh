#!/usr/bin/env bash
# Does numcheck scale? The Reuters corpus (as Markdown, from bench/batch.sh) at 1x, 10x and 100x
# its size, concatenated into files of about 1 MB (articles kept whole); the corpus repeated into
# one 100 MB file; and 100,000 small files (the articles, repeated as hard links). For each: wall
# time, MB/s and peak RSS of `numcheck check --jobs 2`, and time per MB relative to the 1x run.
#   bench/scaling.sh [NUMCHECK_BINARY] [CORPUS_DIR] [WORK_DIR]
# Needs about 2 GB of disk in WORK_DIR (default $TMPDIR or /tmp). Skips when the corpus is absent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
numcheck=${1:-$root/build/release/numcheck}
corpus=${2:-$root/../shared/corpora/reuters21578}
work=${3:-${TMPDIR:-/tmp}/numcheck-scaling}
markdown=${TMPDIR:-/tmp}/numcheck-reuters-md
if [[ ! -d $corpus ]]; then
  echo "skipped: $corpus not found"
  exit 0
fi
source "$root/bench/reuters_markdown.sh"
ensure_reuters_markdown "$corpus" "$markdown"
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
python3 - "$markdown" "$work" <<'PY'
import os, sys
from pathlib import Path
src, work = Path(sys.argv[1]), Path(sys.argv[2])
files = sorted(src.glob("*.md"))
bodies = []
for f in files:
    text = f.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            text = text[end + 5:]
    bodies.append(text.strip() + "\n\n")
def concatenated(name, copies, target=1_000_000):
    out = work / name
    out.mkdir()
    n, chunk, size = 0, [], 0
    for _ in range(copies):
        for b in bodies:
            chunk.append(b)
            size += len(b)
            if size >= target:
                (out / f"{n:05}.txt").write_text("".join(chunk), encoding="utf-8")
                n, chunk, size = n + 1, [], 0
    if chunk:
        (out / f"{n:05}.txt").write_text("".join(chunk), encoding="utf-8")
for copies in (1, 10, 100):
    concatenated(f"{copies}x", copies)
one = work / "one-100MB"
one.mkdir()
with open(one / "corpus.txt", "w", encoding="utf-8") as f:
    written = 0
    while written < 100_000_000:
        for b in bodies:
            f.write(b)
            written += len(b.encode())
            if written >= 100_000_000:
                break
small = work / "100k-files"
small.mkdir()
for i in range(100_000):
    os.link(files[i % len(files)], small / f"{i:06}.md")
PY
printf '%-12s %9s %9s %9s %9s %10s %10s\n' input files MB seconds "MB/s" "peak MiB" "s per MB"
base=
for name in 1x 10x 100x one-100MB 100k-files; do
  dir=$work/$name
  files=$(find "$dir" -type f | wc -l)
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  /usr/bin/time -f '%e %M' -o "$work/time" "$numcheck" check --jobs 2 --format short --progress never "$dir" \
    >/dev/null 2>&1 || true
  read -r seconds kb < <(tail -n 1 "$work/time")
  per=$(awk -v s="$seconds" -v b="$bytes" 'BEGIN { printf "%.4f", s / (b / 1e6) }')
  [[ -z $base ]] && base=$per
  printf '%-12s %9s %9.0f %9s %9.1f %10s %10s\n' "$name" "$files" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" \
    "$seconds" "$(awk -v s="$seconds" -v b="$bytes" 'BEGIN { print b / 1e6 / s }')" "$((kb / 1024))" "$per"
done
