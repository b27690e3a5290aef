#!/usr/bin/env bash
# The man page renders without warnings and documents every option and format `numcheck check
# --help` and `numcheck serve --help` list. Usage: manpage.sh NUMCHECK_BINARY MAN_PAGE
set -uo pipefail
numcheck=$1
page=$2
failed=0
if command -v groff >/dev/null; then
  warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
  if [[ -n $warnings ]]; then
    echo "FAIL: groff warns about $page:"
    echo "$warnings"
    failed=1
  fi
else
  echo "note: groff not installed; rendering not checked"
fi
# Options as the man page writes them (roff escapes '-' as '\-').
text=$(sed 's/\\-/-/g' "$page")
for command in check serve; do
  for option in $("$numcheck" "$command" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
    [[ $option == --help ]] && continue
    if ! grep -qF -- "$option" <<<"$text"; then
      echo "FAIL: $option is in numcheck $command --help but not in the man page"
      failed=1
    fi
  done
done
for word in text short json sarif github git today "EXIT STATUS" NO_COLOR .numcheck.toml numcheck-disable-next-line; do
  if ! grep -qF -- "$word" <<<"$text"; then
    echo "FAIL: the man page does not mention $word"
    failed=1
  fi
done
((failed == 0)) && echo "man page: renders cleanly and documents every option"
exit $failed
