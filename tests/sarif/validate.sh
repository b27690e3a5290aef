#!/usr/bin/env bash
# Validates numcheck's SARIF with Microsoft's SARIF validator (@microsoft/sarif-multitool, installed
# into tests/sarif/node_modules by .ci/install-deps.sh). Fails on any error or warning it reports.
# Usage: validate.sh NUMCHECK_BINARY SOURCE_DIR. Exit 77 (skipped) when the validator is not installed.
set -uo pipefail
numcheck=$1
source_dir=$2
tool=$source_dir/tests/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [[ ! -f $tool ]]; then
  echo "skipped: $tool not installed (run: npm ci --prefix tests/sarif)"
  # CI sets NUMCHECK_REQUIRE_SARIF_VALIDATOR=1: there a missing validator is a failure.
  [[ ${NUMCHECK_REQUIRE_SARIF_VALIDATOR:-0} == 1 ]] && exit 1
  exit 77
fi
[[ -x $tool ]] || chmod u+x "$tool" # npm may skip the package's postinstall chmod
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir" || exit 1
# Every sample and every rule fixture (findings of every rule, related locations, notes), a file
# that does not exist (a tool execution notification), and an empty run.
"$numcheck" check --format sarif samples tests/rules no-such-file.md >"$work/all.sarif" 2>/dev/null
status=$?
if ((status != 2)); then
  echo "FAIL: numcheck exited $status, expected 2 (a file could not be read)"
  exit 1
fi
"$numcheck" check --format sarif --select NC105 samples/china-russia-trade.txt >"$work/empty.sarif"
python3 - "$work/all.sarif" <<'PY' || exit 1
import json, sys
log = json.load(open(sys.argv[1]))
results = log["runs"][0]["results"]
rules = {r["ruleId"] for r in results}
print(f"{len(results)} results of {len(rules)} rules")
if len(rules) < 16:
    sys.exit(f"FAIL: expected findings of every rule in the fixtures, got {sorted(rules)}")
PY
failed=0
for sarif in "$work/all.sarif" "$work/empty.sarif"; do
  output=$("$tool" validate "$sarif" 2>&1)
  echo "$output"
  if grep -E ': (error|warning) ' <<<"$output" >/dev/null || ! grep -q 'Analysis completed successfully' <<<"$output"; then
    echo "FAIL: $(basename "$sarif") does not validate cleanly"
    failed=1
  fi
done
exit $failed
