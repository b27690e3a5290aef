#!/usr/bin/env bash
# numcheck and its peers from npm on the same Reuters-21578 articles, one thread each: MB/s,
# articles per second, peak memory, and numcheck's speed as a multiple of each peer's.
#   bench/peers.sh [CORPUS_DIR] [RECOGNIZERS_ARTICLES] [CHRONO_ARTICLES]
# Peers: Microsoft Recognizers-Text (number, currency, percentage, date-time recognisers of
# @microsoft/recognizers-text-suite, each alone and all four as one pass) and chrono-node (dates).
# Recognizers-Text runs on the first 200 articles by default (its currency and date-time
# recognisers manage a few articles a second); chrono-node and numcheck on the same 200 and on all
# 19,043. "recognizers (all four)" is the four recognisers' times added up: one pass of each, as a
# tool finding every kind of figure would need.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpora/reuters21578}
recognizers_limit=${2:-200}
chrono_limit=${3:-0}
bench=$root/build/release/bench/numcheck_bench
[[ -x $bench ]] || bench=$root/build/ci/bench/numcheck_bench
markdown=${TMPDIR:-/tmp}/numcheck-reuters-md
if [[ ! -d $corpus ]]; then
  echo "skipped: $corpus not found"
  exit 0
fi
if ! command -v node >/dev/null; then
  echo "skipped: node is not installed"
  exit 0
fi
if [[ ! -d $root/bench/peers/node_modules/chrono-node ]]; then
  npm ci --prefix "$root/bench/peers" --no-audit --no-fund --loglevel=error
fi
source "$root/bench/reuters_markdown.sh"
ensure_reuters_markdown "$corpus" "$markdown"
total=$(find "$markdown" -name '*.md' | wc -l)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# numcheck: extraction on one thread (numcheck_bench), best of 3, for each subset size.
numcheck_rate() { # articles -> "MB/s articles/s peakMiB"
  local limit=$1 args=()
  ((limit > 0)) && args=(--limit "$limit")
  "$bench" "$corpus" "${args[@]}" --repeats 3 >"$work/nc.txt" 2>&1
  local mbs aps rss
  mbs=$(awk '/^throughput:/ { print $2 }' "$work/nc.txt")
  aps=$(awk '/^throughput:/ { print $4 }' "$work/nc.txt")
  rss=$(awk '/^peak RSS:/ { print $3 }' "$work/nc.txt")
  echo "$mbs $aps $rss"
}

peer_rate() { # peer articles -> "MB/s articles/s peakMiB mentions"
  /usr/bin/time -f '%M' -o "$work/time" node "$root/bench/peers/run.mjs" "$1" "$markdown" "$2" >"$work/peer.json"
  python3 - "$work/peer.json" "$work/time" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
kb = int(open(sys.argv[2]).read().split()[-1])
print(f"{r['bytes'] / 1e6 / r['seconds']:.3f} {r['articles'] / r['seconds']:.0f} {kb / 1024:.1f} {r['mentions']}")
PY
}

echo "corpus: $total articles ($markdown); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "node $(node --version), @microsoft/recognizers-text-suite $(node -p "require('$root/bench/peers/node_modules/@microsoft/recognizers-text-suite/package.json').version"), chrono-node $(node -p "require('$root/bench/peers/node_modules/chrono-node/package.json').version")"
echo
printf '%-24s %9s %8s %11s %10s %9s %14s\n' tool articles "MB/s" "articles/s" "peak MiB" mentions "numcheck is"
for limit in "$recognizers_limit" "$chrono_limit"; do
  read -r nc_mbs nc_aps nc_rss < <(numcheck_rate "$limit")
  shown=$limit
  ((limit == 0)) && shown=$total
  printf '%-24s %9s %8s %11s %10s %9s %14s\n' "numcheck (extraction)" "$shown" "$nc_mbs" "$nc_aps" "$nc_rss" "-" "-"
  if ((limit == recognizers_limit)); then
    peers=(recognizers-number recognizers-currency recognizers-percentage recognizers-datetime chrono)
  else
    peers=(chrono)
  fi
  inverse_sum=0 all_mentions=0 all_rss=0
  for peer in "${peers[@]}"; do
    read -r mbs aps rss mentions < <(peer_rate "$peer" "$limit")
    ratio=$(awk -v a="$nc_mbs" -v b="$mbs" 'BEGIN { printf "%.0fx faster", a / b }')
    printf '%-24s %9s %8s %11s %10s %9s %14s\n' "$peer" "$shown" "$mbs" "$aps" "$rss" "$mentions" "$ratio"
    if [[ $peer == recognizers-* ]]; then
      inverse_sum=$(awk -v s="$inverse_sum" -v b="$mbs" 'BEGIN { print s + 1 / b }')
      all_mentions=$((all_mentions + mentions))
      all_rss=$(awk -v a="$all_rss" -v b="$rss" 'BEGIN { print (b > a ? b : a) }')
    fi
  done
  if [[ $inverse_sum != 0 ]]; then
    mbs=$(awk -v s="$inverse_sum" 'BEGIN { printf "%.4f", 1 / s }')
    aps=$(awk -v m="$mbs" -v a="$nc_aps" -v n="$nc_mbs" 'BEGIN { printf "%.1f", a * m / n }')
    ratio=$(awk -v a="$nc_mbs" -v b="$mbs" 'BEGIN { printf "%.0fx faster", a / b }')
    printf '%-24s %9s %8s %11s %10s %9s %14s\n' "recognizers (all four)" "$shown" "$mbs" "$aps" "$all_rss" \
      "$all_mentions" "$ratio"
  fi
  echo
done
