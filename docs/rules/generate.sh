#!/usr/bin/env bash
# Writes docs/rules/<CODE>-<name>.md from each rule's own documentation (`numcheck explain`), so
# that the rule file stays the one source. Usage: docs/rules/generate.sh [path/to/numcheck]
set -euo pipefail
cd "$(dirname "$0")"
numcheck="${1:-../../build/dev/numcheck}"
rm -f NC*.md
"$numcheck" rules | tail -n +2 | while read -r code name severity rest; do
    {
        echo "# $code $name"
        echo
        echo '```text'
        "$numcheck" explain "$code"
        echo '```'
    } > "$code-$name.md"
done
