# Sourced by the bench scripts: ensure_reuters_markdown CORPUS_DIR MARKDOWN_DIR writes the Reuters
# corpus as Markdown files once (bench/reuters_to_markdown.py) and reuses them afterwards.
ensure_reuters_markdown() {
  local corpus=$1 markdown=$2
  local here
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  if [[ ! -f $markdown/.complete ]]; then
    rm -rf "$markdown"
    python3 "$here/reuters_to_markdown.py" "$corpus" "$markdown" >/dev/null
    touch "$markdown/.complete"
  fi
}
