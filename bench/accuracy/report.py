#!/usr/bin/env python3
"""Writes docs/accuracy.md from the runners' output (called by bench/accuracy.sh).

    python3 bench/accuracy/report.py --work DIR --template T --verdicts V --tempeval-verdicts TV --out OUT

DIR holds what bench/accuracy.sh collected: rules.txt (numcheck rules), recognizers.txt,
tempeval.txt, tempeval-verbose.txt, mutations.txt, reuters.json (numcheck check --format json
over the Reuters corpus as Markdown) and tempeval-articles.json (the same over the TempEval-3
articles), or NAME.skipped with the reason a section was skipped. V and TV hold the review
verdicts of the two corpora's findings.
The template's lines "@@NAME@@" are replaced by generated Markdown between BEGIN/END GENERATED
comments. Nothing here depends on the time or the machine: the same inputs give the same file.
Prints a warning on standard error for every finding without a verdict. Standard library only.
"""
import argparse
import collections
import datetime
import hashlib
import json
import re
import sys
from pathlib import Path

NOTE_SAMPLE = 20  # notes reviewed at most: all of them when there are fewer


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "-"


def num(n):
    return f"{n:,}"


def table(header, rows, align=None):
    align = align or ["---"] + ["---:"] * (len(header) - 1)
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


class Work:
    def __init__(self, directory):
        self.dir = Path(directory)

    def skipped(self, name):
        p = self.dir / f"{name}.skipped"
        return p.read_text(encoding="utf-8").strip().removeprefix("skipped: ") if p.exists() else None

    def text(self, name):
        p = self.dir / name
        return p.read_text(encoding="utf-8") if p.exists() else None


def skipped_block(reason):
    return f"**skipped: {reason}.** Run `bash bench/accuracy.sh` where ../shared is present to fill in this section."


# ---------------------------------------------------------------------------------------------
# Recognizers-Text

REC_ROW = re.compile(
    r"^(?P<name>.+?)\s+(?P<cases>\d+)\s+(?P<passed>\d+)\s+[\d.]+%\s+\|\s+(?P<scope>\d+)\s+"
    r"(?P<scope_passed>\d+)\s+[\d.]+%\s+\|\s+(?P<skipped>\d+)$")
REC_NAMES = {
    "Number/English/NumberModel.json": "NumberModel",
    "Number/English/OrdinalModel.json": "OrdinalModel",
    "Number/English/PercentModel.json": "PercentModel",
    "NumberWithUnit/English/CurrencyModel.json": "CurrencyModel",
    "NumberWithUnit/English/AgeModel.json": "AgeModel",
    "DateTime/English/DateExtractor.json (span only)": "DateExtractor (span only)",
    "DateTime/English/DurationExtractor.json (span only)": "DurationExtractor (span only)",
    "number, ordinal, percent, currency, age": "**five number models**",
    "overall": "**overall**",
}


def parse_recognizers(text):
    rows, scope, in_scope_list = [], [], False
    for line in text.splitlines():
        m = REC_ROW.match(line)
        if m:
            rows.append({k: (v if k == "name" else int(v)) for k, v in m.groupdict().items()})
            continue
        if line.startswith("out of scope:"):
            in_scope_list = True
            continue
        m = re.match(r"^\s+(\d+)\s+(.+)$", line)
        if in_scope_list and m:
            scope.append((m.group(2), int(m.group(1))))
        elif in_scope_list and line.strip() == "":
            in_scope_list = False
    return rows, scope


def recognizers_sections(work):
    reason = work.skipped("recognizers")
    if reason:
        return {"recognizers": skipped_block(reason), "recognizers-scope": skipped_block(reason)}, None
    rows, scope = parse_recognizers(work.text("recognizers.txt"))
    if not rows:
        raise SystemExit("report.py: could not read the Recognizers-Text runner's table")
    body = []
    for r in rows:
        name = REC_NAMES.get(r["name"], r["name"])
        bold = name.startswith("**")
        sp = pct(r["scope_passed"], r["scope"])
        body.append([name, num(r["cases"]), num(r["passed"]), pct(r["passed"], r["cases"]), num(r["scope"]),
                     num(r["scope_passed"]), f"**{sp}**" if bold else sp,
                     num(r["scope"] - r["scope_passed"]), num(r["skipped"])])
    main = table(["spec file", "cases", "passed", "all", "in scope", "passed", "in scope",
                  "in-scope failures", "skipped (dotnet)"], body)
    scope_table = table(["out-of-scope category", "cases"], [[c, n] for c, n in scope] +
                        [["**all set aside**", sum(n for _, n in scope)]])
    by = {REC_NAMES.get(r["name"], r["name"]): r for r in rows}
    return {"recognizers": main, "recognizers-scope": scope_table}, by


# ---------------------------------------------------------------------------------------------
# TempEval-3

TE_ROW = re.compile(r"^(day|month|year|quarter|week|other|all)\s+(\d+)\s+([\d.]+)%\s+([\d.]+)%\s+([\d.]+)%$")
TE_GRANULARITY = [("day", "day (1998-10-23)"), ("month", "month (1998-10)"), ("year", "year (1998)"),
                  ("quarter", "quarter (1989-Q3)"), ("week", "week (1998-W33)"),
                  ("other", "other (PAST_REF, seasons, decades, XX)"), ("all", "**all**")]

WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# The classes of TempEval-3 DATE expressions numcheck misses or normalises differently, in the
# order they are tried; each looks at the gold value, numcheck's value (None when missed) and the
# gold text. Only the counts go into the report, never the corpus text.
TE_CLASSES = [
    ("ref", "PRESENT_REF, PAST_REF, FUTURE_REF (\"now\", \"recently\", \"the future\")",
     lambda g, v, t: g.endswith("_REF")),
    ("season", "seasons (\"last fall\", \"this summer\")", lambda g, v, t: re.search(r"-(SP|SU|FA|WI)$", g)),
    ("quarter", "quarters and halves, among them \"the quarter\" where no quarter is named before it, "
                "\"the latest period\", and \"a year ago\" or \"last year\" meaning a quarter whose story "
                "names it sentences before",
     lambda g, v, t: re.search(r"-(Q|H)\d", g)),
    ("week", "weeks and weekends (\"last week\" as a week or a month, \"the weekend\" as a day)", lambda g, v, t: re.search(r"-W", g)),
    ("duration", "gold DATE values that are durations (\"daily\" P1D, \"recent years\" PXY)",
     lambda g, v, t: g.startswith("P")),
    ("xx", "gold values with unspecified digits that name no year numcheck could give (a year as "
           "1968-XX, a century as 19XX, are scored as the year and the century they write): a week as "
           "1989-WXX, a quarter as 1989-QX, \"early this week\" as 1998-12-XX",
     lambda g, v, t: "X" in g),
    ("weekday-week", "a weekday put in the wrong week: numcheck takes the most recent such day (the "
                     "reference day itself if it is one), the story means the coming one or the one before",
     lambda g, v, t: v and re.fullmatch(r"\d{4}-\d\d-\d\d", g) and re.fullmatch(r"\d{4}-\d\d-\d\d", v)
     and days_apart(g, v) in (7, 14)),
    ("year", "a date or month without a year put in the wrong year: no tense in its clause, or the "
             "tense is elsewhere (\"since shortly after the Oct. 23 slaying\" in May 1999 read as the nearest, "
             "1999-10-23, gold 1998-10-23)",
     lambda g, v, t: v and re.match(r"\d{4}", g) and re.match(r"\d{4}", v) and g[:4] != v[:4]
     and g[4:] == v[4:]),
    ("coarse", "numcheck's value is less specific than gold (\"last year\" for the month 1998-10; "
               "\"Wednesday night\" without the part of day)", lambda g, v, t: v and g != v and g.startswith(v)),
    ("novalue", "the overlapping mention has no time value (a duration such as \"weeks\" in "
                "\"in recent weeks\")", lambda g, v, t: v == ""),
    ("part", "a part of a period: early, mid, late, the end of (\"late November\", \"year-end\")",
     lambda g, v, t: v is None and re.search(r"\b(early|mid|late|middle|end|beginning)\b|year-end|year's end",
                                             t, re.I)),
    ("anaphor", "a period named by reference, not by number (\"the year\", \"that day\", "
                "\"the following month\")",
     lambda g, v, t: v is None and re.match(r"(the|that|this|later|earlier)\b", t, re.I)),
    ("words", "years in words (\"nineteen ninety-six\", \"the year two thousand\")",
     lambda g, v, t: v is None and re.search(r"nineteen|thousand", t, re.I)),
    ("holiday", "holidays (\"Thanksgiving Day\", \"Election Day\")",
     lambda g, v, t: v is None and re.search(r"Thanksgiving|Christmas|Easter|Election Day|New Year", t)),
    ("name", "a weekday or month name alone in a context numcheck does not read",
     lambda g, v, t: v is None and re.fullmatch(rf"({WEEKDAYS}|{MONTHS})('s)?", t)),
    ("other", "anything else", lambda g, v, t: True),
]


def days_apart(a, b):
    da = datetime.date.fromisoformat(a)
    db = datetime.date.fromisoformat(b)
    return abs((da - db).days)


def parse_tempeval_verbose(text):
    """(gold value, numcheck value or None when missed, gold text) for each miss."""
    out = []
    for line in text.splitlines():
        if line.startswith("missed  "):
            rest = line[8:]
            gold = rest.split()[0]
            out.append((gold, None, rest[max(12, len(gold)) + 1:].strip()))
        elif line.startswith("value   "):
            rest = line[8:]
            gold = rest.split()[0]
            r = rest[max(12, len(gold)) + 1:]
            if r.startswith(" "):
                out.append((gold, "", r.strip()))
            else:
                value = r.split()[0]
                out.append((gold, value, r[max(14, len(value)) + 1:].strip()))
    return out


def tempeval_sections(work):
    reason = work.skipped("tempeval")
    if reason:
        return {"tempeval": skipped_block(reason), "tempeval-classes": skipped_block(reason)}, None
    text = work.text("tempeval.txt")
    rows = {m.group(1): m.groups()[1:] for m in map(TE_ROW.match, text.splitlines()) if m}
    m_docs = re.search(r"documents: (\d+)", text)
    m_ours = re.search(r"numcheck time mentions: (\d+), overlapping a gold TIMEX3: ([\d.]+)%", text)
    m_f1 = re.search(r"value F1 on DATE[^:]*: ([\d.]+)", text)
    if "all" not in rows or not (m_docs and m_ours and m_f1):
        raise SystemExit("report.py: could not read the TempEval-3 runner's output")
    body = []
    for key, label in TE_GRANULARITY:
        if key not in rows:
            continue
        gold, found, right, right_of_found = rows[key]
        g = int(gold)
        f = round(float(found) * g / 100)
        r = round(float(right) * g / 100)
        cells = [label, num(g), num(f), f"{found}%", num(r), f"{right}%", f"{right_of_found}%"]
        if key == "all":
            cells = [cells[0]] + [f"**{c}**" for c in cells[1:]]
        body.append(cells)
    main = table(["granularity (gold value)", "gold", "found", "found", "right value", "right value",
                  "right / found"], body)
    main += (f"\n\nDocuments with a creation time: {m_docs.group(1)}. numcheck's own time mentions: "
             f"{num(int(m_ours.group(1)))}, of which {m_ours.group(2)}% overlap a gold TIMEX3 (of any "
             f"type). Value F1 on DATE: **{m_f1.group(1)}**.")

    misses = parse_tempeval_verbose(work.text("tempeval-verbose.txt"))
    counts = collections.OrderedDict((key, [0, 0]) for key, _, _ in TE_CLASSES)
    for gold, value, t in misses:
        for key, _, test in TE_CLASSES:
            if test(gold, value, t):
                counts[key][0 if value is None else 1] += 1
                break
    desc = {key: d for key, d, _ in TE_CLASSES}
    crow = [[desc[k], num(m), num(v), num(m + v)] for k, (m, v) in counts.items() if m + v]
    total_m = sum(m for m, _ in counts.values())
    total_v = sum(v for _, v in counts.values())
    crow.append(["**all**", f"**{num(total_m)}**", f"**{num(total_v)}**", f"**{num(total_m + total_v)}**"])
    classes = table(["class (tried in this order; the first that fits counts)", "not found", "wrong value",
                     "all"], crow)
    gold_all = int(rows["all"][0])
    summary = {"gold": gold_all, "found": rows["all"][1], "right": rows["all"][2], "f1": m_f1.group(1)}
    return {"tempeval": main, "tempeval-classes": classes}, summary


# ---------------------------------------------------------------------------------------------
# Mutations

def mutations_section(work):
    reason = work.skipped("mutations")
    if reason:
        return {"mutations": skipped_block(reason)}, None
    text = work.text("mutations.txt")
    m_orig = re.search(r"consistent changes checked alone: (\d+), flagged: (\d+)", text)
    rows = {m.group(1): (int(m.group(2)), int(m.group(3)))
            for m in re.finditer(r"^(?:mutation|all mutations)\s*(\w*)\s+(\d+) made,\s+(\d+) flagged", text, re.M)}
    if not m_orig or "" not in rows:
        raise SystemExit("report.py: could not read the mutation runner's output")
    labels = [("amount", "the stated percentage replaced by one the figures cannot give (well beyond rounding)"),
              ("value", "the after value moved 60% (up for a rise, down for a fall)"),
              ("direction", "the direction word swapped for its opposite, where the values leave no doubt"),
              ("", "**all**")]
    body = []
    for key, label in labels:
        made, flagged = rows[key]
        cells = [label, num(made), num(flagged), num(made - flagged), pct(flagged, made)]
        if key == "":
            cells = [label] + [f"**{c}**" for c in cells[1:]]
        body.append(cells)
    checked, flagged = int(m_orig.group(1)), int(m_orig.group(2))
    out = (f"Changes in the corpus with an amount in percent, a direction word and both values, each "
           f"checked alone: **{num(checked)}**; flagged as they stand: **{flagged}**; the other "
           f"{num(checked - flagged)} are consistent and are mutated.\n\n")
    out += table(["mutation", "made", "flagged", "missed", "rate"], body)
    if "value" in rows and "amount" in rows and rows["value"][0] > rows["amount"][0]:
        out += (f"\n\n{num(rows['value'][0] - rows['amount'][0])} of the changes state their amount in words "
                "(\"two pct\") and get no amount mutation.")
    made, caught = rows[""]
    return {"mutations": out}, {"checked": checked, "flagged": flagged, "made": made, "caught": caught}


# ---------------------------------------------------------------------------------------------
# Reuters findings and verdicts

SEVERITIES = ["note", "warning", "error"]


def parse_rules(text):
    rules = []
    for line in text.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 3 and re.fullmatch(r"NC\d{3}", parts[0]):
            rules.append((parts[0], parts[1], parts[2]))
    return rules


def read_verdicts(path):
    verdicts, problems = {}, []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    header = None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        row = dict(zip(header, fields))
        if len(fields) != len(header) or row["verdict"] not in ("right", "wrong"):
            problems.append(f"{path}:{n}: needs {len(header)} tab-separated fields and a verdict right or wrong")
            continue
        key = (row["article"], row["rule"], row["fingerprint"])
        if key in verdicts:
            problems.append(f"{path}:{n}: a second verdict for {' '.join(key)}")
        verdicts[key] = row
    return verdicts, problems


def article_label(article):
    m = re.fullmatch(r"(reut2-\d{3})-0*(\d+)", article)
    return f"{m.group(1)} #{m.group(2)}" if m else article


def findings_sections(work, key, verdicts_path, rules_text):
    """The findings of `numcheck check` over one corpus (work/KEY.json) joined to their verdicts:
    sections KEY-rules, KEY-review, KEY-notes and KEY-unreviewed."""
    reason = work.skipped(key)
    names = [f"{key}-rules", f"{key}-review", f"{key}-notes", f"{key}-unreviewed"]
    if reason:
        return {n: skipped_block(reason) for n in names}, None, []
    report = json.loads(work.text(f"{key}.json"))
    rules = parse_rules(rules_text)
    verdicts, problems = read_verdicts(verdicts_path)
    articles = report["summary"]["files"]
    file_errors = [(Path(f["path"]).name, f["error"]) for f in report["files"] if f.get("error")]
    findings = []
    for f in report["files"]:
        article = Path(f["path"]).stem
        for d in f.get("diagnostics", []):
            findings.append({"article": article, "rule": d["code"], "severity": d["severity"],
                             "line": d["span"]["line"], "message": d["message"], "fingerprint": d["fingerprint"]})
    findings.sort(key=lambda x: (x["article"], x["line"], x["rule"], x["fingerprint"]))
    for x in findings:
        x["verdict"] = verdicts.get((x["article"], x["rule"], x["fingerprint"]))

    # counts per rule
    count = collections.Counter((x["rule"], x["severity"]) for x in findings)
    notes = [x for x in findings if x["severity"] == "note"]
    if len(notes) <= NOTE_SAMPLE:
        sample, how = notes, f"all {len(notes)} notes"
    else:
        # The notes whose key hashes lowest: a random sample that stays put when notes come and go.
        ordered = sorted(notes, key=lambda x: hashlib.sha256(
            f"{x['article']}\t{x['rule']}\t{x['fingerprint']}".encode()).hexdigest())
        chosen = {id(x) for x in ordered[:NOTE_SAMPLE]}
        sample = [x for x in notes if id(x) in chosen or x["verdict"]]
        how = (f"a random sample of {NOTE_SAMPLE} of the {len(notes)} notes (the {NOTE_SAMPLE} whose "
               "article, rule and fingerprint hash lowest with SHA-256), and any other note with a verdict")
    sampled = {id(x) for x in sample}
    serious = [x for x in findings if x["severity"] != "note"]
    # the findings that should have a verdict: all at warning or above, and the notes of the sample
    due = [x for x in findings if x["severity"] != "note" or id(x) in sampled]
    unreviewed = [x for x in due if not x["verdict"]]
    judged = collections.Counter((x["rule"], x["verdict"]["verdict"] if x["verdict"] else "unreviewed") for x in due)
    known = [r[0] for r in rules] + sorted({x["rule"] for x in findings} - {r[0] for r in rules})
    names_of = {r[0]: r[1] for r in rules}
    body, zero = [], []
    totals = collections.Counter()
    for code in known:
        n, w, e = (count[(code, s)] for s in SEVERITIES)
        right, wrong, unrev = (judged[(code, v)] for v in ("right", "wrong", "unreviewed"))
        totals.update({"n": n, "w": w, "e": e, "right": right, "wrong": wrong, "unrev": unrev})
        if n + w + e == 0:
            zero.append(code)
            continue
        body.append([f"{code} {names_of.get(code, '')}".strip(), n, w, e, f"{1000 * (w + e) / articles:.2f}",
                     f"{1000 * (n + w + e) / articles:.2f}", right, wrong,
                     f"**{unrev} UNREVIEWED**" if unrev else 0])
    if zero:
        body.append([", ".join(zero) + " (no findings)", 0, 0, 0, "0.00", "0.00", 0, 0, 0])
    t = totals
    body.append(["**all rules**", f"**{t['n']}**", f"**{t['w']}**", f"**{t['e']}**",
                 f"**{1000 * (t['w'] + t['e']) / articles:.2f}**", f"**{1000 * (t['n'] + t['w'] + t['e']) / articles:.2f}**",
                 f"**{t['right']}**", f"**{t['wrong']}**", f"**{t['unrev']}**"])
    claims = report["summary"].get("claims")
    rules_md = (f"Articles checked: **{num(articles)}**" + (f", claims extracted: {num(claims)}" if claims else "") +
                (f", files that could not be read: {len(file_errors)}" if file_errors else "") + ".\n\n")
    rules_md += table(["rule", "notes", "warnings", "errors", "per 1,000 articles (warning or above)",
                       "per 1,000 articles (all)", "right", "wrong", "unreviewed"], body)
    for name, error in file_errors:
        rules_md += f"\n\nCould not read {name}: {error}"

    def review_rows(items):
        rows = []
        for x in items:
            v = x["verdict"]
            rows.append([article_label(x["article"]), x["line"], x["rule"], x["severity"], cell(x["message"]),
                         f"**{v['verdict']}**" if v else "**UNREVIEWED**", cell(v["reason"]) if v else f"no verdict in {verdicts_path}"])
        return table(["article", "line", "rule", "severity", "numcheck says", "verdict", "reason"], rows,
                     ["---", "---:", "---", "---", "---", "---", "---"])

    review_md = (f"{len(serious)} finding{'' if len(serious) == 1 else 's'} at warning or above, every one listed; "
                 f"right: {sum(1 for x in serious if x['verdict'] and x['verdict']['verdict'] == 'right')}, "
                 f"wrong: {sum(1 for x in serious if x['verdict'] and x['verdict']['verdict'] == 'wrong')}, "
                 f"unreviewed: {sum(1 for x in serious if not x['verdict'])}.\n\n")
    review_md += review_rows(serious) if serious else "(none)"
    notes_md = f"Reviewed: {how}.\n\n" + (review_rows(sample) if sample else "(none)")

    findings_keys = {(x["article"], x["rule"], x["fingerprint"]) for x in findings}
    stale = [v for k, v in sorted(verdicts.items()) if k not in findings_keys]
    lines = []
    if unreviewed:
        lines.append(f"**UNREVIEWED: {len(unreviewed)} finding(s) have no verdict.** Read each article and add "
                     "a line to {verdicts_path} (the key is in the table below), then run "
                     "bench/accuracy.sh again.\n")
        lines.append(table(["article file", "rule", "fingerprint", "line", "severity"],
                           [[x["article"], x["rule"], f"`{x['fingerprint']}`", x["line"], x["severity"]]
                            for x in unreviewed], ["---", "---", "---", "---:", "---"]))
    if stale:
        lines.append(("\n" if lines else "") + f"**{len(stale)} verdict(s) match no finding any more** (the "
                     "finding went away, or its figures or line changed; a verdict for a finding that was "
                     "right and is gone is a lost true finding):\n")
        lines.append(table(["article file", "rule", "fingerprint", "line", "verdict"],
                           [[v["article"], v["rule"], f"`{v['fingerprint']}`", v["line"], v["verdict"]] for v in stale],
                           ["---", "---", "---", "---:", "---"]))
    for p in problems:
        lines.append(f"\n**verdicts.tsv:** {p}")
    if not lines:
        lines.append(f"Every finding at warning or above and every reviewed note has a verdict, and every "
                     f"verdict in {verdicts_path} ({len(verdicts)}) matches a finding.")
    warnings = [f"{key}: unreviewed: {x['article']} {x['rule']} line {x['line']} ({x['severity']}) fingerprint "
                f"{x['fingerprint']}" for x in unreviewed]
    warnings += [f"{key}: verdict without a finding: {v['article']} {v['rule']} {v['fingerprint']}" for v in stale]
    warnings += problems
    ws = t["w"] + t["e"]
    def verdict_counts(items):
        return {v: sum(1 for x in items if (x["verdict"]["verdict"] if x["verdict"] else "unreviewed") == v)
                for v in ("right", "wrong", "unreviewed")}

    summary = {"articles": articles, "serious": ws, "per1000": f"{1000 * ws / articles:.2f}",
               "serious_verdicts": verdict_counts(serious), "notes": t["n"], "sample": len(sample),
               "note_verdicts": verdict_counts(sample), "stale": len(stale), "problems": len(problems)}
    return {f"{key}-rules": rules_md, f"{key}-review": review_md, f"{key}-notes": notes_md,
            f"{key}-unreviewed": "\n".join(lines)}, summary, warnings


# ---------------------------------------------------------------------------------------------

def summary_section(rec, te, reu, mut, tea=None):
    rows = []
    if rec:
        five, overall = rec.get("**five number models**"), rec.get("**overall**")
        if five:
            rows.append(["Recognizers-Text, five number models (number, ordinal, percent, currency, age), in scope",
                         f"{five['scope_passed']} of {five['scope']} cases pass: **{pct(five['scope_passed'], five['scope'])}**"
                         f" (all cases: {pct(five['passed'], five['cases'])})"])
        if overall:
            rows.append(["Recognizers-Text, all seven spec files (the five and the two DateTime files, span only), in scope",
                         f"{overall['scope_passed']} of {overall['scope']}: **{pct(overall['scope_passed'], overall['scope'])}**"
                         f" (all cases: {pct(overall['passed'], overall['cases'])})"])
    else:
        rows.append(["Recognizers-Text", "skipped"])
    if te:
        rows.append(["TempEval-3 DATE expressions found (recall)", f"**{te['found']}%** of {num(te['gold'])}"])
        rows.append(["TempEval-3 DATE expressions with the gold value", f"**{te['right']}%** (value F1 {te['f1']})"])
    else:
        rows.append(["TempEval-3", "skipped"])
    def verdicts(v):
        text = f"right {v['right']}, wrong {v['wrong']}"
        return text + (f", **UNREVIEWED {v['unreviewed']}**" if v["unreviewed"] else "")

    if reu:
        rows.append(["Reuters-21578 findings at warning or above",
                     f"**{reu['serious']}** in {num(reu['articles'])} articles (**{reu['per1000']} per 1,000**); "
                     f"verdicts: {verdicts(reu['serious_verdicts'])}"])
        which = "all" if reu["sample"] == reu["notes"] else f"a sample of {reu['sample']}"
        rows.append(["Reuters-21578 notes", f"{reu['notes']} ({1000 * reu['notes'] / reu['articles']:.2f} per 1,000); "
                     f"reviewed {which}, verdicts: {verdicts(reu['note_verdicts'])}"])
        if reu["stale"] or reu["problems"]:
            rows.append(["**bench/accuracy/verdicts.tsv**",
                         f"**{reu['stale']} verdict(s) match no finding, {reu['problems']} line(s) unreadable**"])
    else:
        rows.append(["Reuters-21578 findings", "skipped"])
    if tea:
        rows.append(["TempEval-3 articles (TimeBank, AQUAINT) findings at warning or above",
                     f"**{tea['serious']}** in {num(tea['articles'])} articles (**{tea['per1000']} per 1,000**); "
                     f"verdicts: {verdicts(tea['serious_verdicts'])}; notes: {tea['notes']}, "
                     f"verdicts: {verdicts(tea['note_verdicts'])}"])
    else:
        rows.append(["TempEval-3 articles findings", "skipped"])
    if mut:
        rows.append(["Mutation check: planted errors flagged",
                     f"**{mut['caught']} of {mut['made']}** ({pct(mut['caught'], mut['made'])}); originals flagged as they stand: "
                     f"{mut['flagged']} of {mut['checked']}"])
    else:
        rows.append(["Mutation check", "skipped"])
    return table(["measure", "result"], rows, ["---", "---"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--template", required=True)
    ap.add_argument("--verdicts", required=True)
    ap.add_argument("--tempeval-verdicts", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    work = Work(a.work)
    sections = {}
    s, rec = recognizers_sections(work)
    sections.update(s)
    s, te = tempeval_sections(work)
    sections.update(s)
    s, mut = mutations_section(work)
    sections.update(s)
    s, reu, warnings = findings_sections(work, "reuters", a.verdicts, work.text("rules.txt") or "")
    sections.update(s)
    s, tea, more = findings_sections(work, "tempeval-articles", a.tempeval_verdicts, work.text("rules.txt") or "")
    sections.update(s)
    warnings += more
    sections["summary"] = summary_section(rec, te, reu, mut, tea)

    out, used = [], set()
    for line in Path(a.template).read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"@@([a-z-]+)@@", line.strip())
        if not m:
            out.append(line)
            continue
        name = m.group(1)
        if name not in sections:
            raise SystemExit(f"report.py: the template names an unknown section @@{name}@@")
        used.add(name)
        out.append(f"<!-- BEGIN GENERATED {name}: bench/accuracy.sh writes this part; do not edit -->")
        out.append(sections[name])
        out.append(f"<!-- END GENERATED {name} -->")
    missing = set(sections) - used
    if missing:
        raise SystemExit(f"report.py: the template lacks {', '.join(sorted(missing))}")
    Path(a.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    for w in warnings:
        print(f"accuracy: WARNING: {w}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
