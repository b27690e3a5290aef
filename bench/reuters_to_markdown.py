#!/usr/bin/env python3
"""Writes the Reuters-21578 articles as Markdown files, for whole-corpus CLI runs.

    python3 bench/reuters_to_markdown.py [--limit N] CORPUS_DIR OUTPUT_DIR
    ./build/release/numcheck claims --format json OUTPUT_DIR > /dev/null

Every <REUTERS> element with a <BODY> becomes OUTPUT_DIR/reut2-NNN-NEWID.md with YAML front
matter (title from <TITLE>, date as YYYY-MM-DD from <DATE>) and the body as Markdown. The SGML is
scanned the same way as bench/extract_bench.cpp does: &lt; &gt; &amp; unescaped, numeric
references to control characters dropped, bytes that are not valid UTF-8 replaced by '?'.

Reuters paragraphs begin with an indented line; each becomes a Markdown paragraph (leading
blanks removed, so nothing turns into an indented code block). Characters Markdown would read as
markup (<COMPANY NAME> would be raw HTML, * and _ emphasis, list and heading markers at a line
start) are backslash-escaped, so the prose numcheck sees is the body's text.

Python 3 standard library only.
"""
import argparse
import json
import re
import sys
from pathlib import Path

MONTHS = {m: i + 1 for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}

ELEMENT = re.compile(rb"<REUTERS\b(.*?)>(.*?)</REUTERS>", re.S)
NEWID = re.compile(rb'NEWID="(\d+)"')
DATE = re.compile(rb"<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})")
ENTITY = re.compile(r"&(lt|gt|amp|#(\d+));")
# Characters that are markup anywhere in a line (md4c with tables and strikethrough).
INLINE_SPECIAL = re.compile(r"([\\`*_<>\[\]&|~!])")
# Markers that are markup only at the start of a line: headings, block quotes, lists, rules,
# setext underlines, ordered list items ("1." / "1)").
LINE_START = re.compile(r"^([#>+=-])|^(\d{1,9})([.)])(?=\s|$)")


def element_text(element: bytes, tag: bytes):
    begin = element.find(b"<" + tag + b">")
    if begin < 0:
        return None
    begin += len(tag) + 2
    end = element.find(b"</" + tag + b">", begin)
    return element[begin:end] if end >= 0 else None


def decode(raw: bytes) -> tuple[str, int]:
    """Bytes to text; each byte that is not valid UTF-8 becomes '?' (and NUL too)."""
    text = raw.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff" or c == "\0")
    if bad:
        text = "".join("?" if ("\udc80" <= c <= "\udcff" or c == "\0") else c for c in text)
    return text, bad


def unescape(text: str) -> str:
    def replace(m: re.Match) -> str:
        name = m.group(1)
        if name == "lt":
            return "<"
        if name == "gt":
            return ">"
        if name == "amp":
            return "&"
        cp = int(m.group(2))
        if cp in (9, 10):
            return chr(cp)
        if cp < 0x20 or cp == 0x7F or 0x80 <= cp < 0xA0 or 0xD800 <= cp < 0xE000 or cp > 0x10FFFF:
            return ""
        return chr(cp)

    return ENTITY.sub(replace, text)


def escape_line(line: str) -> str:
    line = INLINE_SPECIAL.sub(r"\\\1", line)
    return LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), line)


def body_to_markdown(body: str) -> str:
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in body.replace("\r\n", "\n").split("\n"):
        stripped = raw.strip()
        if not stripped:
            if current:
                paragraphs.append(current)
                current = []
            continue
        if raw[:1] in (" ", "\t") and current:
            paragraphs.append(current)
            current = []
        current.append(escape_line(stripped))
    if current:
        paragraphs.append(current)
    return "\n\n".join("\n".join(p) for p in paragraphs) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="directory holding reut2-000.sgm ... reut2-021.sgm")
    parser.add_argument("output", help="directory to write the .md files to (created)")
    parser.add_argument("--limit", type=int, default=None, help="write only the first N articles")
    args = parser.parse_args()

    corpus = Path(args.corpus)
    files = sorted(corpus.glob("reut2-*.sgm"))
    if not files:
        print(f"reuters_to_markdown: no reut2-*.sgm files in {corpus}", file=sys.stderr)
        return 1
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)

    written = undated = invalid = body_bytes = 0
    for path in files:
        for m in ELEMENT.finditer(path.read_bytes()):
            if args.limit is not None and written >= args.limit:
                break
            attributes, element = m.group(1), m.group(2)
            raw_body = element_text(element, b"BODY")
            if raw_body is None:
                continue
            body, bad = decode(raw_body)
            invalid += bad
            body = unescape(body)
            body_bytes += len(body.encode("utf-8"))
            title_raw = element_text(element, b"TITLE")
            title = ""
            if title_raw is not None:
                title_text, bad = decode(title_raw)
                invalid += bad
                title = " ".join(unescape(title_text).split())

            front = ["---", f"title: {json.dumps(title, ensure_ascii=False)}"]
            d = DATE.search(element)
            if d and d.group(2).decode() in MONTHS and 1 <= int(d.group(1)) <= 31:
                front.append(f"date: {int(d.group(3)):04}-{MONTHS[d.group(2).decode()]:02}-{int(d.group(1)):02}")
            else:
                undated += 1
            front.append("---")

            newid = NEWID.search(attributes)
            name = f"{path.stem}-{int(newid.group(1)):05}.md" if newid else f"{path.stem}-x{written:05}.md"
            (out / name).write_text("\n".join(front) + "\n\n" + body_to_markdown(body), encoding="utf-8")
            written += 1

    print(f"wrote {written} articles ({body_bytes / 1e6:.3f} MB of body text) to {out}; "
          f"{undated} undated, {invalid} invalid UTF-8 byte(s) replaced by '?'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
