#!/usr/bin/env bash
# Installs numcheck's build and test dependencies from Debian 12's packages (run as root).
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  libboost-dev libfmt-dev doctest-dev libmd4c-dev libmd4c-html0-dev libcli11-dev nlohmann-json3-dev
  python3 libtomlplusplus-dev groff-base dpkg-dev python3-yaml clang clang-format clang-tidy libbenchmark-dev libcpp-httplib-dev chromium
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Node.js and npm for the SARIF validator (tests/sarif); the machine's own when it has them.
if ! command -v npm >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends nodejs npm
fi
root=$(cd "$(dirname "$0")/.." && pwd)
if [[ ! -f $root/tests/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool ]]; then
  npm ci --prefix "$root/tests/sarif" --no-audit --no-fund --loglevel=error
fi
# Playwright (playwright-core only; the browser is Debian's chromium) and axe-core for
# tests/serve/browser_test.sh.
if [[ -f $root/tests/serve/package-lock.json &&
  (! -d $root/tests/serve/node_modules/playwright-core || ! -d $root/tests/serve/node_modules/axe-core) ]]; then
  npm ci --prefix "$root/tests/serve" --no-audit --no-fund --loglevel=error
fi
