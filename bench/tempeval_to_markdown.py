#!/usr/bin/env python3
"""Writes the TempEval-3 (TimeBank and AQUAINT) articles as Markdown files, a second corpus of real
news copy for `numcheck check` (bench/accuracy.sh, section 3b).

    python3 bench/tempeval_to_markdown.py CORPUS_DIR OUTPUT_DIR

Every *.tml file under CORPUS_DIR becomes OUTPUT_DIR/NAME.md: YAML front matter with the
document creation time (<DCT>) as `date:` and <TITLE> where there is one, then the text of
<TEXT> with the TimeML tags removed and the XML entities unescaped. Blank lines separate
paragraphs as in the source; a run of short lines (the casualty lists of the wire stories,
"Injured: 4,877") keeps one line per paragraph, since in the source each line is an item of its
own. Markdown markup is backslash-escaped the way bench/reuters_to_markdown.py does it, so the
prose numcheck reads is the article's text.

Python 3 standard library only.
"""
import argparse
import html
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters_to_markdown import escape_line  # noqa: E402  (the same escaping as the Reuters files)

TAG = re.compile(r"<[^>]+>")
DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.S)
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)


def paragraphs(text: str) -> list[list[str]]:
    out: list[list[str]] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            if current:
                out.append(current)
                current = []
            continue
        current.append(line)
    if current:
        out.append(current)
    # A block of several short lines is a list of items, one paragraph each.
    split: list[list[str]] = []
    for block in out:
        if len(block) > 1 and all(len(line) < 60 for line in block):
            split.extend([line] for line in block)
        else:
            split.append(block)
    return split


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="directory holding the .tml files (searched recursively)")
    parser.add_argument("output", help="directory to write the .md files to (created)")
    args = parser.parse_args()
    files = sorted(Path(args.corpus).rglob("*.tml"))
    if not files:
        print(f"tempeval_to_markdown: no .tml files under {args.corpus}", file=sys.stderr)
        return 1
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in files:
        source = path.read_text(encoding="utf-8")
        dct, body = DCT.search(source), TEXT.search(source)
        if not dct or not body:
            print(f"tempeval_to_markdown: {path}: no <DCT> date or no <TEXT>, skipped", file=sys.stderr)
            continue
        front = ["---"]
        title = TITLE.search(source)
        if title:
            front.append(f"title: {json.dumps(' '.join(html.unescape(TAG.sub('', title.group(1))).split()))}")
        front += [f"date: {dct.group(1)}", "---", ""]
        text = html.unescape(TAG.sub("", body.group(1)))
        prose = "\n\n".join("\n".join(escape_line(line) for line in block) for block in paragraphs(text))
        (out / (path.stem + ".md")).write_text("\n".join(front) + "\n" + prose + "\n", encoding="utf-8")
        written += 1
    print(f"wrote {written} articles to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
