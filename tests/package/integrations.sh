#!/usr/bin/env bash
# The integrations run as their hosts would run them: the pre-commit hook's entry on files, and the
# GitHub Action's check step (its own shell script, from action.yml) with the inputs GitHub passes.
# Usage: integrations.sh NUMCHECK_BINARY SOURCE_DIR
set -uo pipefail
numcheck=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

if ! python3 -c 'import yaml' 2>/dev/null; then
  echo "skipped: python3-yaml is not installed"
  exit 77
fi
mkdir -p "$work/bin"
ln -s "$numcheck" "$work/bin/numcheck"
export PATH="$work/bin:$PATH"

# pre-commit: `entry` with the staged file names appended.
entry=$(python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))[0]["entry"])' \
  "$source_dir/.pre-commit-hooks.yaml")
files_regex=$(python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))[0]["files"])' \
  "$source_dir/.pre-commit-hooks.yaml")
grep -qE "$files_regex" <<<"story.md" || fail "the hook's files pattern does not take .md"
grep -qE "$files_regex" <<<"main.cpp" && fail "the hook's files pattern takes .cpp"
(cd "$source_dir" && $entry samples/china-russia-trade.txt samples/battery-plants.md) >"$work/hook.txt"
status=$?
((status == 1)) || fail "pre-commit entry exited $status on the flagship, expected 1"
grep -q '^samples/china-russia-trade.txt:14:140: warning\[NC202\]' "$work/hook.txt" || fail "pre-commit output: $(cat "$work/hook.txt")"
(cd "$source_dir" && $entry samples/lakeport-budget.md) >/dev/null || fail "pre-commit entry on a clean file"

# The action's check step.
python3 - "$source_dir/action.yml" "$work/check-step.sh" <<'PY'
import sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
open(sys.argv[2], "w").write(step["run"])
PY
run_action() { # paths, then the expected status
  : >"$work/github-output"
  (cd "$source_dir" && env NUMCHECK_PATHS="$1" NUMCHECK_DATE=git NUMCHECK_FAIL_LEVEL=warning NUMCHECK_BASELINE= \
    NUMCHECK_SARIF="$work/out.sarif" GITHUB_OUTPUT="$work/github-output" \
    bash -e "$work/check-step.sh" >"$work/annotations.txt" 2>&1) || fail "the action's check step failed itself"
  grep -qx "status=$2" "$work/github-output" || fail "action status for '$1': $(cat "$work/github-output"), expected $2"
}
# In a repository: --date git gives the flagship its commit's date.
repo=$work/repo
mkdir -p "$repo/news"
cp "$source_dir/samples/china-russia-trade.txt" "$repo/news/"
if git -C "$repo" init -q && git -C "$repo" -c user.email=t@example.invalid -c user.name=T add news &&
   GIT_COMMITTER_DATE=2024-04-10T12:00:00 git -C "$repo" -c user.email=t@example.invalid -c user.name=T commit -qm x; then
  source_dir_saved=$source_dir
  source_dir=$repo
  run_action "news" 1
  source_dir=$source_dir_saved
  grep -q '^::warning file=news/china-russia-trade.txt,line=14,col=140' "$work/annotations.txt" ||
    fail "annotations: $(cat "$work/annotations.txt")"
  python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))["runs"][0]["results"]; assert [x["ruleId"] for x in r] == ["NC202"], r' \
    "$work/out.sarif" || fail "the action's SARIF"
else
  echo "note: git unavailable; the action's --date git case not run"
fi
((failed == 0)) && echo "pre-commit hook and GitHub Action check step: as expected"
exit $failed
