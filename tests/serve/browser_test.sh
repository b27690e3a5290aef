#!/usr/bin/env bash
# The editor's page of `numcheck serve` in a real browser: Debian's Chromium driven by Playwright
# (playwright-core from npm, tests/serve/package.json; no browser download).
#
# Usage: browser_test.sh NUMCHECK_BINARY SOURCE_DIR ARTIFACT_DIR
#
# Starts `NUMCHECK_BINARY serve --port 0 --max-body 300000` (a small limit, so that the page's 413
# message is tested without pasting megabytes), reads the address from its first line, runs
# tests/serve/e2e.mjs against it (screenshots go to ARTIFACT_DIR) and stops the server.
# Exit status: node's; 77 (skipped) when tests/serve/node_modules (playwright-core, axe-core) or
# /usr/bin/chromium is missing, unless NUMCHECK_REQUIRE_BROWSER=1, which makes that a failure.
# Set up with: npm ci --prefix tests/serve (or npm install --prefix tests/serve).
set -u

if [ $# -ne 3 ]; then
  echo "usage: $0 NUMCHECK_BINARY SOURCE_DIR ARTIFACT_DIR" >&2
  exit 2
fi
binary=$1
source_dir=$(cd "$2" && pwd) || exit 2
artifacts=$3
here="$source_dir/tests/serve"
chromium=${NUMCHECK_CHROMIUM:-/usr/bin/chromium}

missing=""
for package in playwright-core axe-core; do
  [ -d "$here/node_modules/$package" ] || missing="${missing:+$missing and }tests/serve/node_modules/$package (npm ci --prefix tests/serve)"
done
[ -x "$chromium" ] || missing="${missing:+$missing and }$chromium (apt-get install chromium)"
command -v node >/dev/null 2>&1 || missing="${missing:+$missing and }node"
if [ -n "$missing" ]; then
  if [ "${NUMCHECK_REQUIRE_BROWSER:-0}" = 1 ]; then
    echo "FAIL: NUMCHECK_REQUIRE_BROWSER=1 but missing: $missing" >&2
    exit 1
  fi
  echo "skipped: missing $missing"
  exit 77
fi

mkdir -p "$artifacts" || exit 1
workdir=$(mktemp -d) || exit 1
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

max_body=300000
"$binary" serve --port 0 --max-body "$max_body" >"$workdir/stdout" 2>"$workdir/stderr" &
server_pid=$!

url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://[^ ]*/' "$workdir/stdout" 2>/dev/null | head -n 1)
  [ -n "$url" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "FAIL: numcheck serve exited before printing its address" >&2
    cat "$workdir/stderr" >&2
    exit 1
  fi
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "FAIL: numcheck serve printed no address within 10 s" >&2
  cat "$workdir/stdout" "$workdir/stderr" >&2
  exit 1
fi
echo "server: $url"

NUMCHECK_CHROMIUM="$chromium" NUMCHECK_MAX_BODY="$max_body" node "$here/e2e.mjs" "$url" "$source_dir" "$artifacts"
status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log (request lines) ---"
  tail -n 40 "$workdir/stderr"
fi
exit "$status"
