// The editor's page of `numcheck serve`: sends the article to POST /api/check and shows the report
// (DESIGN.md's JSON): the article with its claims and findings, the findings, a timeline of the
// years the figures are for, and the reference date. Plain JavaScript, no build step, nothing
// fetched from anywhere but this server (the server's CSP allows nothing else).
"use strict";

(() => {
  const SVG_NS = "http://www.w3.org/2000/svg";

  // Claim kinds grouped into the legend's colours.
  const KIND_GROUP = {
    money: "money",
    percent: "percent",
    "percentage-points": "percent",
    change: "change",
    multiplier: "change",
    number: "number",
    ordinal: "number",
    date: "date",
    year: "period",
    period: "period",
    "relative-time": "period",
    duration: "duration",
    age: "duration",
    comparison: "comparison",
  };
  const KIND_LABEL = {
    money: "Money",
    percent: "Percentage",
    "percentage-points": "Percentage points",
    change: "Change",
    multiplier: "Multiplier",
    number: "Number",
    ordinal: "Ordinal",
    date: "Date",
    year: "Year",
    period: "Period",
    "relative-time": "Relative time",
    duration: "Duration",
    age: "Age",
    comparison: "Comparison",
  };
  const SEVERITY_RANK = { note: 1, warning: 2, error: 3 };
  const SEVERITY_LABEL = { note: "Note", warning: "Warning", error: "Error" };
  const SOURCE_LABEL = {
    cli: "set with the check (the publication date field)",
    "front-matter": "the front matter's date",
    dateline: "the dateline",
    inferred: "inferred from the text",
    none: "none found",
  };
  // Figures that belong on the timeline, and the claims that say which period they are for.
  const FIGURE_KINDS = new Set(["money", "percent", "percentage-points", "change", "multiplier", "number"]);
  const TIME_KINDS = new Set(["year", "period", "relative-time", "date"]);
  const MAX_PER_YEAR = 24; // figures drawn on one year of the timeline

  const $ = (id) => document.getElementById(id);
  const ui = {
    form: $("check-form"),
    input: $("article-input"),
    dropZone: $("drop-zone"),
    format: $("format-select"),
    formatDetected: $("format-detected"),
    date: $("date-input"),
    file: $("file-input"),
    button: $("check-button"),
    status: $("status"),
    error: $("error-box"),
    empty: $("empty-state"),
    results: $("results"),
    summary: $("summary-text"),
    stale: $("stale-note"),
    downloadJson: $("download-json"),
    downloadSarif: $("download-sarif"),
    article: $("article-view"),
    findings: $("findings-list"),
    findingsHint: $("findings-hint"),
    refdate: $("refdate"),
    timeline: $("timeline"),
    timelineCaption: $("timeline-caption"),
    tooltip: $("tooltip"),
  };

  const state = {
    fileName: null, // the name of a dropped or opened file, for the format and the downloads
    request: null, // the last request sent: {text, date?, filename}
    reportText: null, // the last JSON report as the server sent it
    view: null, // what the rendered report needs: claims, findings, spans, lines
    selected: -1, // the selected finding's index in view.findings
    checking: null, // AbortController of the running check
    rules: new Map(), // code -> rule documentation from GET /api/rules
  };

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  /** An element with attributes and children (strings become text: never HTML). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : String(c));
    }
    return el;
  }

  function svg(tag, attrs, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") el.textContent = v;
      else el.setAttribute(k, String(v));
    }
    for (const c of children.flat(Infinity)) if (c) el.append(c);
    return el;
  }

  function plural(n, one, many) {
    return `${n.toLocaleString("en-US")} ${n === 1 ? one : many || one + "s"}`;
  }

  const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  /** 240000000000 -> "240 billion"; -11.549999999 -> "-11.55". */
  function formatNumber(v) {
    if (typeof v !== "number" || !Number.isFinite(v)) return String(v);
    const plain = (x) => Number(x.toPrecision(12)).toLocaleString("en-US", { maximumFractionDigits: 4 });
    const a = Math.abs(v);
    for (const [scale, name] of [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]]) {
      if (a >= scale) return `${plain(v / scale)} ${name}`;
    }
    return plain(v);
  }

  /** A claim's number with its unit, the way an editor would say it. */
  function withUnit(v, claim) {
    const n = formatNumber(v);
    const unit = claim.unit;
    if (claim.kind === "change" && unit === "%") return `${v > 0 ? "+" : ""}${n}%`;
    if (unit === "%") return `${n}%`;
    if (unit === "pp") return `${n} percentage points`;
    if (unit === "x") return `${n}×`;
    if (unit) return `${n} ${unit}`;
    return n;
  }

  function formatInterval(claim) {
    const iv = claim.interval;
    if (!Array.isArray(iv) || iv.length !== 2) return null;
    if (iv[0] === iv[1]) return withUnit(iv[0], claim);
    return `${withUnit(iv[0], claim)} to ${withUnit(iv[1], claim)}`;
  }

  /** The year an ISO-like time value is in: "2023", "2023-Q1", "FY2023", "2024-W15", "2022-02-24". */
  function yearOf(value) {
    if (typeof value !== "string") return null;
    const m = /^(?:FY)?(\d{4})(?![\d])/.exec(value);
    return m ? Number(m[1]) : null;
  }

  function humanDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!m) return null;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }

  // ---------------------------------------------------------------------------------------------
  // The article: format detection, files, the request

  /** Markdown if the text has front matter, headings, links, fences or numcheck's HTML comments. */
  function looksLikeMarkdown(text) {
    return (
      /^\uFEFF?---[ \t]*\r?\n/.test(text) ||
      /^ {0,3}#{1,6}[ \t]+(?!numcheck-)\S/m.test(text) ||
      /\[[^\]\n]+\]\([^)\s]+\)/.test(text) ||
      /^ {0,3}(?:```|~~~)/m.test(text) ||
      /<!--\s*numcheck-/.test(text)
    );
  }

  function chosenFormat() {
    if (ui.format.value !== "auto") return ui.format.value;
    if (state.fileName && /\.(?:md|markdown)$/i.test(state.fileName)) return "markdown";
    if (state.fileName && /\.txt$/i.test(state.fileName)) return "text";
    return looksLikeMarkdown(ui.input.value) ? "markdown" : "text";
  }

  function requestFilename(format) {
    const base = state.fileName ? state.fileName.replace(/\.(?:md|markdown|txt)$/i, "") : "article";
    return `${base}.${format === "markdown" ? "md" : "txt"}`;
  }

  function updateDetected() {
    if (ui.format.value !== "auto") {
      ui.formatDetected.textContent = "";
      return;
    }
    const f = chosenFormat();
    ui.formatDetected.textContent = `Detected: ${f === "markdown" ? "Markdown" : "plain text"}`;
  }

  async function loadFile(file) {
    if (!file) return;
    if (!/\.(?:txt|md|markdown)$/i.test(file.name) && !/^text\//.test(file.type)) {
      showError(`“${file.name}” is not a text or Markdown file. Drop a .txt, .md or .markdown file.`);
      return;
    }
    try {
      let text = await file.text();
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      ui.input.value = text;
      state.fileName = file.name;
      if (/\.(?:md|markdown)$/i.test(file.name)) ui.format.value = "markdown";
      else if (/\.txt$/i.test(file.name)) ui.format.value = "text";
      updateDetected();
      clearError();
      announce(`Loaded ${file.name} (${plural(text.length, "character")}). Press Check figures to check it.`);
      markStale();
    } catch (e) {
      showError(`Could not read “${file.name}”: ${e.message}`);
    }
  }

  function announce(message) {
    ui.status.textContent = message;
  }

  function showError(message) {
    ui.error.replaceChildren(h("strong", {}, "Could not check the article. "), message);
    ui.error.hidden = false;
  }

  function clearError() {
    ui.error.hidden = true;
    ui.error.textContent = "";
  }

  class CheckError extends Error {}

  async function postCheck(payload, signal) {
    let response;
    try {
      response = await fetch("/api/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload),
        signal,
      });
    } catch (e) {
      if (e.name === "AbortError") throw e;
      throw new CheckError(
        "The numcheck server did not answer. Is `numcheck serve` still running? Start it again and reload this page.",
      );
    }
    const body = await response.text();
    if (!response.ok) {
      let message = "";
      try {
        message = JSON.parse(body).error || "";
      } catch {
        message = body.slice(0, 300);
      }
      if (response.status === 413) {
        throw new CheckError(
          `The article is larger than the server accepts (HTTP 413: ${message || "request body too large"}). ` +
            "Check a shorter text, or start the server with a larger --max-body.",
        );
      }
      if (response.status === 400) throw new CheckError(`The server refused the request (HTTP 400): ${message}`);
      throw new CheckError(`The server answered HTTP ${response.status}${message ? `: ${message}` : ""}`);
    }
    return body;
  }

  async function check() {
    const text = ui.input.value;
    if (!text.trim()) {
      showError("The article is empty. Paste the text, or drop a .txt or .md file onto the box.");
      ui.input.focus();
      return;
    }
    if (state.checking) state.checking.abort();
    const controller = new AbortController();
    state.checking = controller;
    const format = chosenFormat();
    const payload = { text, format: "json", filename: requestFilename(format) };
    if (ui.date.value) payload.date = ui.date.value;

    clearError();
    setLoading(true);
    announce("Checking the article…");
    try {
      const body = await postCheck(payload, controller.signal);
      let report;
      try {
        report = JSON.parse(body);
      } catch {
        throw new CheckError("The server's answer is not valid JSON.");
      }
      const file = report.files && report.files[0];
      if (!file) throw new CheckError("The report holds no file.");
      if (file.error) throw new CheckError(file.error);
      state.request = { text, date: payload.date, filename: payload.filename };
      state.reportText = body;
      render(report, file, text);
    } catch (e) {
      if (e.name === "AbortError") return;
      showError(e instanceof CheckError ? e.message : `Unexpected error: ${e.message}`);
      announce("The check failed.");
    } finally {
      if (state.checking === controller) {
        state.checking = null;
        setLoading(false);
      }
    }
  }

  // The button stays enabled (disabling it would drop the keyboard focus); pressing it again while
  // a check runs starts the check over.
  function setLoading(on) {
    ui.button.setAttribute("aria-busy", on ? "true" : "false");
    ui.button.textContent = on ? "Checking…" : "Check figures";
    document.body.classList.toggle("is-loading", on);
  }

  function markStale() {
    if (!state.request) return;
    ui.stale.hidden = ui.input.value === state.request.text;
  }

  // ---------------------------------------------------------------------------------------------
  // Byte offsets (UTF-8, as the server counts) to string indices (UTF-16, as JavaScript counts)

  function byteOffsetMapper(text, offsets) {
    const wanted = [...new Set(offsets)].sort((a, b) => a - b);
    const map = new Map();
    let byte = 0;
    let i = 0;
    let k = 0;
    while (k < wanted.length && i < text.length) {
      while (k < wanted.length && wanted[k] <= byte) map.set(wanted[k++], i);
      const cp = text.codePointAt(i);
      byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp > 0xffff ? 2 : 1;
    }
    while (k < wanted.length) map.set(wanted[k++], text.length);
    return (b) => map.get(b);
  }

  // ---------------------------------------------------------------------------------------------
  // The report

  function render(report, file, text) {
    hideTooltip();
    const claims = file.claims || [];
    const findings = (file.diagnostics || [])
      .map((d, i) => ({ ...d, order: i }))
      .sort((a, b) => a.span.begin - b.span.begin || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.order - b.order);

    const offsets = [];
    for (const c of claims) offsets.push(c.span.begin, c.span.end);
    for (const d of findings) {
      offsets.push(d.span.begin, d.span.end);
      for (const r of d.related || []) offsets.push(r.span.begin, r.span.end);
    }
    const at = byteOffsetMapper(text, offsets);

    const lineStarts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    const lineOf = (index) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= index) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    };

    const byId = new Map(claims.map((c) => [c.id, c]));
    const view = { claims, byId, findings, text, at, lineStarts, lineOf, file, report };
    state.view = view;
    state.selected = -1;

    view.periods = pairFiguresWithPeriods(claims, byId);
    view.involvement = involvement(claims, findings);

    ui.empty.hidden = true;
    ui.results.hidden = false;
    ui.stale.hidden = true;

    renderSummary(report, file, findings, claims);
    renderArticle(view);
    renderFindings(view);
    renderReferenceDate(file.reference_date);
    renderTimeline(view);
  }

  function renderSummary(report, file, findings, claims) {
    const count = (s) => findings.filter((d) => d.severity === s).length;
    const errors = count("error");
    const warnings = count("warning");
    const notes = count("note");
    const parts = [];
    parts.push(plural(errors, "error"), plural(warnings, "warning"), plural(notes, "note"));
    const suppressed = report.summary && report.summary.suppressed;
    let verdict;
    if (errors + warnings === 0) verdict = "The figures agree with each other as far as numcheck can tell.";
    else verdict = `${plural(errors + warnings, "problem")} to look at before publishing.`;
    const kind = /\.(?:md|markdown)$/i.test(file.path || "") ? "Markdown" : "plain text";
    ui.summary.replaceChildren(
      file.title ? h("span", { class: "summary-title" }, `“${file.title}”`) : "",
      h("span", { class: "summary-verdict" }, verdict),
      h(
        "span",
        { class: "summary-counts" },
        `${parts.join(", ")}; ${plural(claims.length, "figure and date", "figures and dates")} read as ${kind}` +
          (suppressed ? `; ${plural(suppressed, "finding")} suppressed in the text` : "") +
          ".",
      ),
    );
    announce(`Checked: ${parts.join(", ")}. ${plural(claims.length, "figure or date", "figures and dates")} found.`);
  }

  // The article, one element per source line, with nested highlight elements for the claims, the
  // findings' primary spans and their related spans.
  function renderArticle(view) {
    const { text, at, lineStarts, claims, findings } = view;
    const ranges = [];
    // Outer first when two ranges cover the same text: the finding, its related span, the claim.
    findings.forEach((d, i) => {
      ranges.push({ s: at(d.span.begin), e: at(d.span.end), type: "finding", prio: 0, finding: i });
      (d.related || []).forEach((r, j) => {
        ranges.push({ s: at(r.span.begin), e: at(r.span.end), type: "related", prio: 1, finding: i, related: j });
      });
    });
    for (const c of claims) ranges.push({ s: at(c.span.begin), e: at(c.span.end), type: "claim", prio: 2, claim: c });

    // Each range clipped to the lines it covers.
    const perLine = new Map();
    for (const r of ranges) {
      if (!(r.e > r.s)) continue;
      let line = view.lineOf(r.s);
      let s = r.s;
      while (s < r.e) {
        const lineEnd = line < lineStarts.length ? lineStarts[line] - 1 : text.length;
        const e = Math.min(r.e, lineEnd);
        if (e > s) {
          if (!perLine.has(line)) perLine.set(line, []);
          perLine.get(line).push({ ...r, s, e, last: e === r.e });
        }
        line += 1;
        if (line > lineStarts.length) break;
        s = lineStarts[line - 1];
      }
    }

    const fragment = document.createDocumentFragment();
    const focusableClaims = new Set();
    // A final newline ends the last line; it starts no empty one.
    const rows = text.endsWith("\n") ? lineStarts.length - 1 : lineStarts.length;
    for (let n = 1; n <= rows; n++) {
      const start = lineStarts[n - 1];
      const end = n < lineStarts.length ? lineStarts[n] - 1 : text.length;
      const row = h("div", { class: "line", "data-line": n });
      row.append(h("span", { class: "ln", "aria-hidden": "true" }, String(n)));
      const src = h("span", { class: "src" });
      renderLine(src, text, start, end, perLine.get(n) || [], view, focusableClaims);
      row.append(src);
      fragment.append(row);
    }
    ui.article.replaceChildren(fragment);
  }

  function renderLine(container, text, start, end, pieces, view, focusableClaims) {
    // Sorted by start, longer first, then outer kinds first; a piece that crosses the end of the
    // element it starts in is split there and its rest handled later.
    const order = (a, b) => a.s - b.s || b.e - a.e || a.prio - b.prio;
    const queue = pieces.slice().sort(order);
    const stack = [{ el: container, e: Infinity }];
    let pos = start;
    const top = () => stack[stack.length - 1];
    const emit = (upto) => {
      if (upto > pos) {
        top().el.append(text.slice(pos, upto));
        pos = upto;
      }
    };
    const close = () => {
      const done = stack.pop();
      if (done.label) top().el.append(done.label);
    };
    for (let next = 0; next < queue.length; next++) {
      const p = queue[next];
      while (stack.length > 1 && top().e <= p.s) {
        emit(top().e);
        close();
      }
      emit(p.s);
      if (p.e > top().e) {
        const rest = { ...p, s: top().e };
        p.e = top().e;
        p.last = false;
        let i = next + 1;
        while (i < queue.length && order(queue[i], rest) <= 0) i++;
        queue.splice(i, 0, rest);
      }
      const el = pieceElement(p, view, focusableClaims);
      let label = null;
      if (p.type === "related" && p.last) {
        const r = view.findings[p.finding].related[p.related];
        label = h("span", { class: "related-label", "data-finding": p.finding }, r.message || "related");
      }
      top().el.append(el);
      stack.push({ el, e: p.e, label });
    }
    while (stack.length > 1) {
      emit(top().e);
      close();
    }
    emit(end);
    if (!container.childNodes.length) container.append("\u200b");
  }

  function pieceElement(p, view, focusableClaims) {
    if (p.type === "claim") {
      const c = p.claim;
      const group = KIND_GROUP[c.kind] || "number";
      const el = h("span", { class: `claim k-${group}`, "data-claim": c.id, "data-kind": c.kind });
      if (!focusableClaims.has(c.id)) {
        focusableClaims.add(c.id);
        el.id = `claim-${c.id}`;
        el.tabIndex = 0;
      }
      return el;
    }
    const d = view.findings[p.finding];
    if (p.type === "finding") {
      return h("span", { class: `finding sev-${d.severity}`, "data-finding": p.finding });
    }
    return h("span", { class: "related", "data-finding": p.finding, "data-related": p.related });
  }

  // ---------------------------------------------------------------------------------------------
  // Which period each figure is for

  /**
   * A figure's period: the report's own link (`period`: {id, text, value, year}) where it gives
   * one; otherwise the nearest time mention in the figure's sentence: a year, a period, a relative
   * time or a date that resolves to a year, leaving out the base of a comparison ("compared with
   * 2022"), "since 2019" and datelines.
   */
  function pairFiguresWithPeriods(claims, byId) {
    const timesBySentence = new Map();
    for (const c of claims) {
      if (!TIME_KINDS.has(c.kind) || c.dateline) continue;
      const parent = c.parent != null ? byId.get(c.parent) : null;
      if (parent && parent.kind === "comparison") continue;
      if (c.relative && c.relative.unit === "since") continue;
      const year = yearOf(c.resolved) ?? yearOf(c.value);
      if (year === null) continue;
      if (!timesBySentence.has(c.sentence)) timesBySentence.set(c.sentence, []);
      timesBySentence.get(c.sentence).push({ claim: c, year });
    }
    const result = new Map();
    for (const c of claims) {
      if (!isTimelineFigure(c)) continue;
      if (c.period && typeof c.period === "object") {
        // The report's own link: {id, text, value, year} (id and text null when only the year is known).
        const year = Number.isInteger(c.period.year) ? c.period.year : yearOf(c.period.resolved) ?? yearOf(c.period.value);
        if (year !== null) {
          const time = c.period.id != null ? byId.get(c.period.id) : null;
          result.set(c.id, { year, text: c.period.text || c.period.value || String(year), via: "report", time });
          continue;
        }
      }
      let best = null;
      let bestDistance = Infinity;
      for (const t of timesBySentence.get(c.sentence) || []) {
        const after = t.claim.span.begin >= c.span.end;
        const distance = after ? t.claim.span.begin - c.span.end : Math.max(0, c.span.begin - t.claim.span.end);
        // On a tie the time after the figure wins: "$664 billion in 2022".
        if (distance < bestDistance || (distance === bestDistance && after)) {
          best = t;
          bestDistance = distance;
        }
      }
      result.set(c.id, best ? { year: best.year, text: best.claim.text, via: "sentence", time: best.claim } : null);
    }
    return result;
  }

  function isTimelineFigure(c) {
    if (!FIGURE_KINDS.has(c.kind)) return false;
    if (c.parent !== undefined && c.parent !== null) return false; // a part of a change: the change stands for it
    if (c.kind === "number" && !/^[\s(~≈]*[-+−]?[\d.,]/.test(c.text)) return false; // "two countries"
    return true;
  }

  /** For each claim: the findings whose primary or related spans hold it (one sweep in text order). */
  function involvement(claims, findings) {
    const spans = [];
    findings.forEach((d, i) => {
      spans.push({ begin: d.span.begin, end: d.span.end, finding: i, role: "primary" });
      for (const r of d.related || []) spans.push({ begin: r.span.begin, end: r.span.end, finding: i, role: "related" });
    });
    spans.sort((a, b) => a.begin - b.begin);
    const result = new Map();
    let k = 0;
    let open = [];
    for (const c of claims.slice().sort((a, b) => a.span.begin - b.span.begin)) {
      while (k < spans.length && spans[k].begin <= c.span.begin) open.push(spans[k++]);
      open = open.filter((s) => s.end > c.span.begin);
      const byFinding = new Map();
      for (const s of open) {
        if (s.end < c.span.end) continue;
        if (!byFinding.has(s.finding) || s.role === "primary") byFinding.set(s.finding, s.role);
      }
      if (byFinding.size) {
        result.set(c.id, [...byFinding].sort((a, b) => a[0] - b[0]).map(([finding, role]) => ({ finding, role })));
      }
    }
    return result;
  }

  function worstSeverity(view, claimId) {
    let worst = null;
    for (const x of view.involvement.get(claimId) || []) {
      const s = view.findings[x.finding].severity;
      if (!worst || SEVERITY_RANK[s] > SEVERITY_RANK[worst]) worst = s;
    }
    return worst;
  }

  // ---------------------------------------------------------------------------------------------
  // Findings

  function renderFindings(view) {
    const items = view.findings.map((d, i) => {
      const rule = state.rules.get(d.code);
      const line = d.span.line;
      const head = h(
        "button",
        { type: "button", class: "finding-head", "aria-describedby": `finding-notes-${i}` },
        h("span", { class: "finding-meta" },
          h("span", { class: `sev-badge sev-${d.severity}` }, SEVERITY_LABEL[d.severity] || d.severity),
          h("span", { class: "finding-code" }, d.code),
          h("span", { class: "finding-rule" }, d.rule),
          h("span", { class: "finding-loc" }, `line ${line}, column ${d.span.column}`)),
        h("span", { class: "finding-message" }, d.message),
      );
      const notes = h("ul", { class: "finding-notes", id: `finding-notes-${i}` },
        (d.notes || []).map((n) => h("li", {}, n)));
      const related = (d.related || []).length
        ? h("ul", { class: "finding-related", "aria-label": "Related figures" },
            d.related.map((r) => h("li", {}, h("span", { class: "related-chip" }, `line ${r.span.line}`), " ", r.message || "related")))
        : null;
      const doc = rule
        ? h("details", { class: "rule-doc" },
            h("summary", {}, `About ${d.code} ${rule.name}`),
            rule.what ? h("p", {}, rule.what) : null,
            rule.why ? h("p", {}, h("strong", {}, "Why it matters: "), rule.why) : null)
        : null;
      const li = h("li", {
        class: `finding sev-${d.severity}`,
        "data-finding": i,
        "data-severity": d.severity,
        "data-code": d.code,
        "data-line": line,
      }, head, related, notes, doc);
      head.addEventListener("click", () => selectFinding(i, { scroll: true }));
      return li;
    });
    ui.findings.replaceChildren(...items);
    if (!items.length) {
      ui.findings.append(h("li", { class: "no-findings" }, "No findings. The figures agree with each other as far as numcheck can tell."));
      ui.findingsHint.hidden = true;
    } else {
      ui.findingsHint.hidden = false;
    }
  }

  function selectFinding(i, { scroll, quiet = false }) {
    const view = state.view;
    if (!view) return;
    for (const el of document.querySelectorAll(".is-selected")) el.classList.remove("is-selected");
    for (const el of document.querySelectorAll(".line-marked")) el.classList.remove("line-marked");
    for (const el of ui.findings.querySelectorAll(".finding-head[aria-current]")) el.removeAttribute("aria-current");
    state.selected = i;
    if (i < 0) return;
    const d = view.findings[i];
    const li = ui.findings.querySelector(`li[data-finding="${i}"]`);
    if (li) {
      li.classList.add("is-selected");
      li.querySelector(".finding-head").setAttribute("aria-current", "true");
    }
    for (const el of ui.article.querySelectorAll(`[data-finding="${i}"]`)) el.classList.add("is-selected");
    for (const span of [d.span, ...(d.related || []).map((r) => r.span)]) {
      const first = view.lineOf(view.at(span.begin));
      const last = view.lineOf(Math.max(view.at(span.begin), view.at(span.end) - 1));
      for (let n = first; n <= last; n++) {
        const row = ui.article.querySelector(`.line[data-line="${n}"]`);
        if (row) row.classList.add("line-marked");
      }
    }
    for (const chip of ui.timeline.querySelectorAll(".chip")) {
      const id = Number(chip.getAttribute("data-claim"));
      if ((view.involvement.get(id) || []).some((x) => x.finding === i)) chip.classList.add("is-selected");
    }
    for (const link of ui.timeline.querySelectorAll(`.link[data-finding="${i}"]`)) link.classList.add("is-selected");
    // Selected from the article: bring the finding into view where the findings column sits beside it.
    if (!scroll && li && getComputedStyle(li.closest(".side")).position === "sticky") li.scrollIntoView({ block: "nearest" });
    const target = ui.article.querySelector(`.finding[data-finding="${i}"]`);
    if (scroll && target) target.scrollIntoView({ block: "center", behavior: prefersReducedMotion() ? "auto" : "smooth" });
    if (!quiet) announce(`${SEVERITY_LABEL[d.severity]} ${d.code} on line ${d.span.line} selected: ${d.message}`);
  }

  // ---------------------------------------------------------------------------------------------
  // Reference date

  function renderReferenceDate(ref) {
    ref = ref || { value: null, source: "none", reasons: [] };
    const source = ref.source || "none";
    const nodes = [];
    if (ref.value) {
      const human = humanDate(ref.value);
      nodes.push(h("p", { class: "refdate-value" },
        h("span", { id: "refdate-value", class: "refdate-iso" }, ref.value),
        human ? h("span", { class: "refdate-human" }, human) : null));
    } else if (ref.year) {
      nodes.push(h("p", { class: "refdate-value" }, h("span", { id: "refdate-value", class: "refdate-iso" }, String(ref.year)),
        h("span", { class: "refdate-human" }, "year only")));
    } else {
      nodes.push(h("p", { class: "refdate-value refdate-none" }, h("span", { id: "refdate-value" }, "No reference date")));
    }
    nodes.push(h("p", { class: "refdate-source" }, "Source: ",
      h("span", { id: "refdate-source", class: `source-badge source-${source}`, "data-source": source }, source),
      " ", SOURCE_LABEL[source] ? `(${SOURCE_LABEL[source]})` : ""));
    if (ref.reasons && ref.reasons.length) {
      nodes.push(h("ul", { class: "refdate-reasons", "aria-label": "How the date was found" }, ref.reasons.map((r) => h("li", {}, r))));
    }
    if (!ref.value && !ref.year) {
      nodes.push(h("p", { class: "hint" },
        "Relative dates such as “last year” stay unresolved. Set the publication date above and check again."));
    }
    ui.refdate.replaceChildren(...nodes);
  }

  // ---------------------------------------------------------------------------------------------
  // Timeline: each figure on the year it is for; the figures of a finding joined and highlighted

  function renderTimeline(view) {
    const placed = [];
    let unplaced = 0;
    for (const c of view.claims) {
      if (!isTimelineFigure(c)) continue;
      const p = view.periods.get(c.id);
      if (p) placed.push({ claim: c, year: p.year, period: p });
      else unplaced += 1;
    }
    if (!placed.length) {
      ui.timeline.replaceChildren(h("p", { class: "timeline-empty" },
        "No figure in this article is tied to a year in its sentence, so there is nothing to place on a timeline."));
      ui.timelineCaption.textContent = unplaced ? `${plural(unplaced, "figure")} without a year in the same sentence.` : "";
      return;
    }

    const refYear = (view.file.reference_date && view.file.reference_date.year) || yearOf(view.file.reference_date && view.file.reference_date.value);
    const years = [...new Set(placed.map((p) => p.year))].sort((a, b) => a - b);
    let columns;
    const lo = years[0];
    let hi = years[years.length - 1];
    if (refYear && refYear > hi && refYear - hi <= 3) hi = refYear;
    if (hi - lo <= 12) {
      columns = [];
      for (let y = lo; y <= hi; y++) columns.push(y);
    } else {
      columns = years.slice();
      if (refYear && !columns.includes(refYear) && refYear > lo && refYear < hi + 4) columns.push(refYear);
      columns.sort((a, b) => a - b);
    }

    // A year with many figures gets several sub-columns of at most `rows` figures each. Columns are
    // as wide as the panel allows (a phone gets narrower ones), never narrower than 120px.
    const byYear = new Map(columns.map((y) => [y, []]));
    for (const p of placed) byYear.get(p.year).push(p);
    // A year with more figures than a reader can take in shows those involved in findings first,
    // then the first in reading order, and says how many it leaves out.
    const hidden = new Map();
    for (const [year, list] of byYear) {
      if (list.length <= MAX_PER_YEAR) continue;
      const keep = new Set([...new Set([...list.filter((p) => view.involvement.has(p.claim.id)), ...list])].slice(0, MAX_PER_YEAR));
      hidden.set(year, list.length - keep.size);
      byYear.set(year, list.filter((p) => keep.has(p)));
    }
    const rows = Math.min(6, Math.max(...[...byYear.values()].map((l) => l.length)));
    const span = (year) => Math.max(1, Math.ceil(byYear.get(year).length / rows));
    const units = columns.reduce((n, y) => n + span(y), 0);
    const available = Math.max(320, (ui.timeline.clientWidth || 900) - 8);
    const colWidth = Math.max(100, Math.min(210, Math.floor((available - 12) / units)));
    const chipW = Math.min(156, colWidth - (colWidth < 140 ? 12 : 24));
    const chipH = 30;
    const gap = 10;
    const top = 24;
    const left = 6;
    const axisY = top + rows * (chipH + gap) + 10;
    const width = left * 2 + units * colWidth;
    const height = axisY + 44;

    const root = svg("svg", {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      class: `timeline-svg${colWidth < 140 ? " narrow" : ""}`,
      role: "group",
      "aria-label": `Timeline: ${plural(placed.length, "figure")} on ${plural(years.length, "year")}`,
    });
    const linksLayer = svg("g", { class: "links" });
    const chipsLayer = svg("g", { class: "chips" });
    const axis = svg("g", { class: "axis", "aria-hidden": "true" });
    root.append(axis, linksLayer, chipsLayer);
    // In the page from the start, so that the labels' font can be measured.
    ui.timeline.replaceChildren(root);
    const probe = svg("text", { class: "chip-text", text: "0" });
    chipsLayer.append(probe);
    const measure = textMeasurer(probe);
    probe.remove();

    axis.append(svg("line", { x1: left, y1: axisY, x2: width - left, y2: axisY, class: "axis-line" }));
    const positions = new Map();
    let x = left;
    columns.forEach((year, ci) => {
      const blockWidth = span(year) * colWidth;
      const cx = x + blockWidth / 2;
      const isRef = year === refYear;
      if (ci > 0 && columns[ci - 1] !== year - 1) {
        axis.append(svg("text", { x, y: axisY + 4, class: "axis-gap", "text-anchor": "middle", text: "⋯" }));
      }
      axis.append(svg("line", { x1: cx, y1: axisY - 4, x2: cx, y2: axisY + 4, class: "axis-tick" }));
      axis.append(svg("line", { x1: cx, y1: top - 8, x2: cx, y2: axisY, class: isRef ? "axis-ref" : "axis-guide" }));
      axis.append(svg("text", { x: cx, y: axisY + 22, "text-anchor": "middle", class: "axis-year", "data-year": year, text: String(year) }));
      if (isRef) axis.append(svg("text", { x: cx, y: axisY + 38, "text-anchor": "middle", class: "axis-note", text: "published" }));
      if (hidden.has(year)) {
        axis.append(svg("text", { x: cx, y: top - 10, "text-anchor": "middle", class: "axis-note", text: `+ ${plural(hidden.get(year), "more figure")} not shown` }));
      }

      byYear.get(year).forEach((p, k) => {
        const c = p.claim;
        const row = k % rows;
        const y = axisY - 10 - (row + 1) * (chipH + gap) + gap;
        const chipX = x + Math.floor(k / rows) * colWidth + (colWidth - chipW) / 2;
        const severity = worstSeverity(view, c.id);
        const group = KIND_GROUP[c.kind] || "number";
        const description = `${c.text}, line ${c.span.line}: for ${year} (“${p.period.text}”)` +
          (severity ? `; involved in a ${severity}` : "");
        const chip = svg("g", {
          class: `chip k-${group}${severity ? ` flagged sev-${severity}` : ""}`,
          "data-claim": c.id,
          "data-year": year,
          tabindex: 0,
          role: "button",
          "aria-label": description,
        });
        chip.append(svg("title", { text: description }));
        chip.append(svg("rect", { x: chipX, y, width: chipW, height: chipH, rx: 5, class: "chip-box" }));
        const label = svg("text", {
          x: chipX + 8,
          y: y + chipH / 2 + 4.5,
          class: "chip-text",
          text: fitLabel(c.text, chipW - 16, measure),
        });
        chip.append(label);
        if (severity) {
          // A badge on the corner, so that it takes no room from the label.
          chip.append(svg("circle", { cx: chipX + chipW - 3, cy: y + 3, r: 7.5, class: "chip-flag" }));
          chip.append(svg("text", { x: chipX + chipW - 3, y: y + 7, "text-anchor": "middle", class: "chip-flag-text", text: "!" }));
        }
        const go = () => focusClaim(c.id);
        chip.addEventListener("click", go);
        chip.addEventListener("keydown", (e) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            go();
          }
        });
        chipsLayer.append(chip);
        positions.set(c.id, { x: chipX, y, w: chipW, h: chipH });
      });
      x += blockWidth;
    });

    // A finding that sets a figure of one year against a figure of another: join them.
    const placedByFinding = new Map();
    for (const id of positions.keys()) {
      for (const x of view.involvement.get(id) || []) {
        if (!placedByFinding.has(x.finding)) placedByFinding.set(x.finding, { primary: [], others: [] });
        placedByFinding.get(x.finding)[x.role === "primary" ? "primary" : "others"].push(id);
      }
    }
    placedByFinding.forEach(({ primary, others }, i) => {
      const d = view.findings[i];
      for (const a of primary) {
        for (const b of others) {
          const pa = positions.get(a);
          const pb = positions.get(b);
          if (pa.x === pb.x) continue;
          const [l, r] = pa.x < pb.x ? [pa, pb] : [pb, pa];
          const x1 = l.x + l.w;
          const y1 = l.y + l.h / 2;
          const x2 = r.x;
          const y2 = r.y + r.h / 2;
          const mx = (x1 + x2) / 2;
          const dx = (x2 - x1) / 2;
          linksLayer.append(svg("path", {
            d: `M ${x1} ${y1} C ${x1 + dx} ${y1}, ${x2 - dx} ${y2}, ${x2} ${y2}`,
            class: `link sev-${d.severity}`,
            "data-finding": i,
          }));
          if (x2 - x1 < 48) continue; // no room for the label between adjacent narrow columns
          linksLayer.append(svg("text", {
            x: mx,
            y: (y1 + y2) / 2 - 8,
            "text-anchor": "middle",
            class: `link-label sev-${d.severity}`,
            "data-finding": i,
            text: d.code,
          }));
        }
      }
    });

    const flagged = placed.filter((p) => worstSeverity(view, p.claim.id)).length;
    ui.timelineCaption.textContent =
      `${plural(placed.length, "figure")} placed on the year they are for` +
      (flagged ? `; ${plural(flagged, "figure")} involved in a finding marked “!”` : "") +
      (unplaced ? `; ${plural(unplaced, "figure")} without a year in the same sentence left out` : "") +
      ". Select a figure to find it in the article.";
  }

  /** Measures text in the font of an element, without layout (a canvas's measureText). */
  function textMeasurer(sample) {
    const style = getComputedStyle(sample);
    const context = document.createElement("canvas").getContext("2d");
    if (!context) return (text) => text.length * parseFloat(style.fontSize) * 0.6;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return (text) => context.measureText(text).width;
  }

  /**
   * The text shortened with an ellipsis to at most `width`: at a word boundary where one fits
   * ("up 26…"), so that the visible words stay words of the chip's accessible name.
   */
  function fitLabel(full, width, measure) {
    if (measure(full) <= width) return full;
    const words = full.split(/\s+/);
    for (let n = words.length - 1; n >= 1; n--) {
      const candidate = `${words.slice(0, n).join(" ")}…`;
      if (measure(candidate) <= width) return candidate;
    }
    let lo = 1;
    let hi = full.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (measure(`${full.slice(0, mid).trimEnd()}…`) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${full.slice(0, lo).trimEnd()}…`;
  }

  function focusClaim(id) {
    const el = document.getElementById(`claim-${id}`);
    if (!el) return;
    el.scrollIntoView({ block: "center", behavior: prefersReducedMotion() ? "auto" : "smooth" });
    el.focus({ preventScroll: true });
  }

  // ---------------------------------------------------------------------------------------------
  // Tooltip for claims (mouse and keyboard)

  let tooltipFor = null;

  function claimDetails(c) {
    const view = state.view;
    const rows = [];
    const row = (k, v) => { if (v !== null && v !== undefined && v !== "") rows.push([k, v]); };
    if (typeof c.value === "number") row("Value", withUnit(c.value, c));
    else if (typeof c.value === "string") row(c.kind === "relative-time" ? "Resolves to" : "Value", c.value);
    else if (c.kind === "relative-time") row("Resolves to", "unresolved (no reference date)");
    const interval = formatInterval(c);
    if (interval && c.kind !== "ordinal") row("Stands for", interval);
    if (c.hedge) row("Hedge", c.hedge);
    if (c.resolved) row("Resolved", humanDate(c.resolved) ? `${c.resolved} (${humanDate(c.resolved)})` : c.resolved);
    if (c.weekday) row("Weekday", c.weekday);
    if (c.born) row("Born", String(c.born));
    if (c.direction) row("Direction", c.direction);
    const from = c.from != null ? view.byId.get(c.from) : null;
    const to = c.to != null ? view.byId.get(c.to) : null;
    if (from || to) row("From → to", `${from ? from.text : "?"} → ${to ? to.text : "?"}`);
    const period = view.periods.get(c.id);
    if (period) row("Period", `${period.year} (“${period.text}”${period.via === "sentence" ? ", nearest in the sentence" : ""})`);
    else if (isTimelineFigure(c)) row("Period", "no year in its sentence");
    for (const x of view.involvement.get(c.id) || []) {
      const d = view.findings[x.finding];
      row(x.role === "primary" ? "Finding" : "Related to", `${SEVERITY_LABEL[d.severity]} ${d.code}: ${d.message}`);
    }
    return rows;
  }

  function showTooltip(el) {
    const view = state.view;
    if (!view) return;
    const id = Number(el.getAttribute("data-claim"));
    const c = view.byId.get(id);
    if (!c) return;
    tooltipFor = el;
    const group = KIND_GROUP[c.kind] || "number";
    ui.tooltip.replaceChildren(
      h("div", { class: "tooltip-head" }, h("span", { class: `tooltip-kind claim k-${group}` }, KIND_LABEL[c.kind] || c.kind), " ", h("span", { class: "tooltip-text" }, `“${c.text}”`)),
      h("dl", { class: "tooltip-rows" }, claimDetails(c).map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    );
    ui.tooltip.hidden = false;
    const focusable = document.getElementById(`claim-${id}`);
    if (focusable) focusable.setAttribute("aria-describedby", "tooltip");
    placeTooltip(el);
  }

  function placeTooltip(el) {
    const r = el.getBoundingClientRect();
    const t = ui.tooltip;
    t.style.left = "0px";
    t.style.top = "0px";
    const tw = t.offsetWidth;
    const th = t.offsetHeight;
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    let x = Math.min(Math.max(8, r.left), vw - tw - 8);
    let y = r.bottom + 8;
    if (y + th > vh - 8 && r.top - th - 8 > 8) y = r.top - th - 8;
    x = Math.max(8, x);
    t.style.left = `${Math.round(x)}px`;
    t.style.top = `${Math.round(y)}px`;
  }

  function hideTooltip() {
    if (tooltipFor) {
      const id = tooltipFor.getAttribute("data-claim");
      const focusable = document.getElementById(`claim-${id}`);
      if (focusable) focusable.removeAttribute("aria-describedby");
    }
    tooltipFor = null;
    ui.tooltip.hidden = true;
  }

  // ---------------------------------------------------------------------------------------------
  // Downloads

  function download(content, name, type) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = h("a", { href: url, download: name, class: "visually-hidden" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function downloadBase() {
    const name = (state.request && state.request.filename) || "article.txt";
    return name.replace(/\.[^.]*$/, "") || "article";
  }

  async function downloadSarif() {
    if (!state.request) return;
    ui.downloadSarif.disabled = true;
    announce("Preparing the SARIF report…");
    try {
      const payload = { text: state.request.text, format: "sarif", filename: state.request.filename };
      if (state.request.date) payload.date = state.request.date;
      const body = await postCheck(payload);
      download(body, `${downloadBase()}.sarif`, "application/sarif+json");
      announce("SARIF report downloaded.");
    } catch (e) {
      showError(e instanceof CheckError ? e.message : `Unexpected error: ${e.message}`);
      announce("The SARIF report could not be made.");
    } finally {
      ui.downloadSarif.disabled = false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Wiring

  ui.form.addEventListener("submit", (e) => {
    e.preventDefault();
    check();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      check();
    } else if (e.key === "Escape" && !ui.tooltip.hidden) {
      hideTooltip();
    }
  });
  ui.input.addEventListener("input", () => {
    if (!ui.input.value) state.fileName = null; // an emptied box forgets the file's name
    updateDetected();
    markStale();
  });
  ui.format.addEventListener("change", updateDetected);
  ui.file.addEventListener("change", () => {
    loadFile(ui.file.files && ui.file.files[0]);
    ui.file.value = "";
  });

  // Dropping a file anywhere on the page loads it (and never navigates away from the page).
  let dragDepth = 0;
  window.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer || ![...e.dataTransfer.types].includes("Files")) return;
    dragDepth += 1;
    ui.dropZone.classList.add("is-dragging");
  });
  window.addEventListener("dragleave", () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (!dragDepth) ui.dropZone.classList.remove("is-dragging");
  });
  window.addEventListener("dragover", (e) => {
    if (e.dataTransfer && [...e.dataTransfer.types].includes("Files")) {
      e.preventDefault();
      e.dataTransfer.dropEffect = "copy";
    }
  });
  window.addEventListener("drop", (e) => {
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    e.preventDefault();
    dragDepth = 0;
    ui.dropZone.classList.remove("is-dragging");
    loadFile(e.dataTransfer.files[0]);
  });

  // The tooltip follows the pointer over claims; off them it goes back to the focused claim, if any.
  const focusedClaim = () => {
    const el = document.activeElement;
    return el && ui.article.contains(el) && el.classList.contains("claim") ? el : null;
  };
  ui.article.addEventListener("mouseover", (e) => {
    const el = e.target.closest(".claim") || focusedClaim();
    if (el && el !== tooltipFor) showTooltip(el);
    else if (!el && tooltipFor) hideTooltip();
  });
  ui.article.addEventListener("mouseleave", () => {
    const el = focusedClaim();
    if (el) showTooltip(el);
    else hideTooltip();
  });
  ui.article.addEventListener("focusin", (e) => {
    const el = e.target.closest(".claim");
    if (el) showTooltip(el);
  });
  ui.article.addEventListener("focusout", () => hideTooltip());
  ui.article.addEventListener("click", (e) => {
    const el = e.target.closest(".finding[data-finding]");
    if (el) selectFinding(Number(el.getAttribute("data-finding")), { scroll: false });
  });
  window.addEventListener("scroll", () => { if (tooltipFor) placeTooltip(tooltipFor); }, { passive: true });
  let resizeTimer = 0;
  let timelineWidth = 0;
  window.addEventListener("resize", () => {
    if (tooltipFor) placeTooltip(tooltipFor);
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      // The timeline's columns follow the panel's width.
      if (!state.view || ui.timeline.clientWidth === timelineWidth) return;
      timelineWidth = ui.timeline.clientWidth;
      renderTimeline(state.view);
      if (state.selected >= 0) selectFinding(state.selected, { scroll: false, quiet: true });
    }, 150);
  });

  ui.downloadJson.addEventListener("click", () => {
    if (state.reportText) download(state.reportText, `${downloadBase()}.numcheck.json`, "application/json");
    announce("JSON report downloaded.");
  });
  ui.downloadSarif.addEventListener("click", downloadSarif);

  // The rules' documentation, for the "About" part of each finding. Not needed to check.
  fetch("/api/rules")
    .then((r) => (r.ok ? r.json() : null))
    .then((data) => {
      for (const rule of (data && data.rules) || []) state.rules.set(rule.code, rule);
      if (state.view && state.rules.size) {
        // A check answered before the rules: add their documentation to the findings shown.
        const selected = state.selected;
        renderFindings(state.view);
        if (selected >= 0) selectFinding(selected, { scroll: false, quiet: true });
      }
    })
    .catch(() => {});

  updateDetected();
})();
