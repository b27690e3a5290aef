#!/usr/bin/env bash
# Does time grow linearly with input size on adversarial input? Generates each kind of input at
# 1x, 2x and 4x its base size, runs `numcheck check` (release build) on it, and prints seconds,
# peak RSS and the ratio of each run's time to the 1x run's (linear: about 2 and 4).
#   bench/adversarial.sh [NUMCHECK_BINARY]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
numcheck=${1:-$root/build/release/numcheck}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys, random
work = sys.argv[1]
random.seed(1)
def write(name, unit, size):
    text = (unit * (size // len(unit) + 1))[:size]
    open(f"{work}/{name}.txt", "w").write(text)
digits = ",".join(str(random.randint(0, 999)) for _ in range(700_000))
for k in (1, 2, 4):
    write(f"digits-{k}x", digits, 2_500_000 * k)
    write(f"line-{k}x", "rose 5 percent to 3.2 million from 2.1 million ", 250_000 * k)
    write(f"numbers-{k}x", "".join(f"{10000 + i * 7}, " for i in range(50_000)), 250_000 * k)
    write(f"sentences-{k}x", "Sales rose 5 pct to 1.4 mln tonnes in 2023 from 1.33 mln a year earlier. ", 2_500_000 * k)
    # What reference-date inference reads: "last year" against a year, weekdays and dates.
    write(f"article-{k}x", "Trade hit $240 billion last year, up 26 percent compared with 2022. Xi met Lavrov "
          "on Tuesday, a day after he arrived on April 8, and they meet again on Friday, April 12. ", 2_500_000 * k)
    # One sentence of relative times counted from a period named before (extraction looks back
    # for the period: at most 64 mentions).
    write(f"anchored-{k}x", "Sales rose in the third quarter of 1986 and " + "a year earlier, " * 100_000 * k, 1_600_000 * k)
PY
printf '%-10s %6s %9s %10s %7s\n' input size seconds "peak RSS" ratio
for kind in digits line numbers sentences article anchored; do
  base=
  for k in 1 2 4; do
    file=$work/$kind-${k}x.txt
    /usr/bin/time -f '%e %M' -o "$work/time" "$numcheck" check --format short --progress never "$file" >/dev/null 2>&1 || true
    read -r seconds kb < <(tail -n 1 "$work/time")
    [[ -z $base ]] && base=$seconds
    ratio=$(awk -v s="$seconds" -v b="$base" 'BEGIN { printf "%.2f", (b > 0 ? s / b : 0) }')
    printf '%-10s %5sx %9s %7s MiB %7s\n' "$kind" "$k" "$seconds" "$((kb / 1024))" "$ratio"
  done
done
