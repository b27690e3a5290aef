#!/usr/bin/env bash
# clang-tidy with the checked-in .clang-tidy over numcheck's own translation units (src/, bench/,
# tests/unit; not the Spirit grammars), using build/ci's compile_commands.json. Exit 1 on any finding.
# GCC-only flags in the compile commands (-Wno-restrict) are not clang-tidy's business.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
[[ -f $build/compile_commands.json ]] || { echo "no $build/compile_commands.json: configure first"; exit 2; }
mapfile -t files < <(git ls-files 'src/*.cpp' 'bench/*.cpp' 'tests/unit/*.cpp')
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet --extra-arg=-Wno-unknown-warning-option 2>/dev/null
echo "clang-tidy: ${#files[@]} files clean"
