// End-to-end test of the editor's page of `numcheck serve` in Debian's Chromium.
//
// Usage: node e2e.mjs URL SOURCE_DIR ARTIFACT_DIR   (tests/serve/browser_test.sh starts the server)
//
// Pastes the flagship article (samples/china-russia-trade.txt), checks it, expects exactly one
// finding (warning NC202), selects it and expects lines 13 and 14 marked, changes "2022" to "2023"
// on line 14, checks again with Ctrl+Enter and expects no finding at warning or above. Also the
// highlights, the tooltip (mouse and keyboard), the reference date, the timeline, the downloads,
// a dropped Markdown file, the error messages, the phone layout and an axe-core audit. Saves screenshots to
// ARTIFACT_DIR. Prints one PASS or FAIL line per check and "N passed, N failed" at the end.
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);

const [url, sourceDir, artifactDir] = process.argv.slice(2);
if (!url || !sourceDir || !artifactDir) {
  console.error("usage: node e2e.mjs URL SOURCE_DIR ARTIFACT_DIR");
  process.exit(2);
}

const started = Date.now();
const watchdog = setTimeout(() => {
  console.log("FAIL: the browser test took longer than 90 s");
  process.exit(1);
}, 90_000);

let passed = 0;
let failed = 0;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function equal(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${name}: ${String(error.message || error).split("\n")[0]}`);
    return false;
  }
}

const flagship = await readFile(path.join(sourceDir, "samples/china-russia-trade.txt"), "utf8");
await mkdir(artifactDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.NUMCHECK_CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
});
const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
const page = await context.newPage();
page.setDefaultTimeout(8000);

// Console errors and CSP violations would mean the page breaks its own policy or throws.
const problems = [];
page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
page.on("console", (m) => {
  if (m.type() === "error") problems.push(`console error: ${m.text()}`);
});

/** Runs a check and waits for its answer and the page to render it. */
async function runCheck(trigger) {
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/check") && r.request().method() === "POST");
  await trigger();
  const response = await answered;
  await page.waitForFunction(() => !document.body.classList.contains("is-loading"));
  return response;
}

const findingItems = page.locator("#findings-list > li.finding");
const markedLines = () =>
  page.$$eval(".article-view .line.line-marked", (rows) => rows.map((r) => Number(r.getAttribute("data-line"))));

let loaded = await step("the page loads with its empty state, headings and labelled controls", async () => {
  const response = await page.goto(url);
  equal(response.status(), 200, "status of GET /");
  assert((response.headers()["content-security-policy"] || "").includes("script-src 'self'"), "no CSP header on the page");
  equal(await page.locator("h1").innerText(), "numcheck", "h1");
  assert(await page.locator("#empty-state").isVisible(), "the empty state is not shown");
  assert(await page.locator("#results").isHidden(), "results are shown before any check");
  const unlabelled = await page.$$eval("textarea, input, select", (els) =>
    els.filter((e) => !e.labels || e.labels.length === 0).map((e) => e.id || e.outerHTML.slice(0, 60)),
  );
  equal(unlabelled, [], "controls without a label");
  equal(await page.locator("#status").getAttribute("aria-live"), "polite", "aria-live of the status");
});
if (!loaded) {
  console.log(`${passed} passed, ${failed} failed`);
  await browser.close();
  process.exit(1);
}

await step("pasting the flagship article detects plain text", async () => {
  await page.locator("#article-input").fill(flagship);
  equal(await page.locator("#format-detected").innerText(), "Detected: plain text", "detected format");
});

let flagshipReport = null;
await step("the Check button checks the article (one request, results shown)", async () => {
  const response = await runCheck(() => page.locator("#check-button").click());
  equal(response.status(), 200, "status of POST /api/check");
  flagshipReport = await response.json();
  const sent = JSON.parse(response.request().postData());
  equal(sent.filename, "article.txt", "filename sent");
  equal(sent.format, "json", "format sent");
  equal(sent.text, flagship, "text sent");
  assert(await page.locator("#results").isVisible(), "results are not shown");
  assert(await page.locator("#empty-state").isHidden(), "the empty state is still shown");
  assert(/1 warning/.test(await page.locator("#status").innerText()), "the status does not say 1 warning");
});

await step("exactly one finding: warning NC202 with its message and notes", async () => {
  equal(await findingItems.count(), 1, "number of findings");
  const item = findingItems.first();
  equal(await item.getAttribute("data-severity"), "warning", "severity");
  equal(await item.getAttribute("data-code"), "NC202", "code");
  const text = await item.innerText();
  assert(/comparison-year-mismatch/.test(text), "the rule name is not shown");
  assert(/\$664 billion is for 2022/.test(text), `the message is not shown: ${text}`);
  assert(/"In comparison" \(line 14\)/.test(text), "the notes (the arithmetic) are not shown");
  assert(/WARNING/i.test(await item.locator(".sev-badge").innerText()), "no severity badge");
});

await step("claims are highlighted by kind; the finding's span is underlined", async () => {
  const money = page.locator(".article-view .claim.k-money", { hasText: "$240 billion" });
  equal(await money.count(), 1, 'money highlights with "$240 billion"');
  equal(await money.innerText(), "$240 billion", "text of the money highlight");
  const kinds = await page.$$eval(".article-view .claim[data-kind]", (els) => [...new Set(els.map((e) => e.getAttribute("data-kind")))]);
  for (const kind of ["money", "percent", "change", "date", "year", "relative-time"]) {
    assert(kinds.includes(kind), `no claim of kind ${kind} highlighted (got ${kinds.join(", ")})`);
  }
  const claimIds = await page.$$eval(".article-view .claim[tabindex]", (els) => els.length);
  equal(claimIds, flagshipReport.files[0].claims.length, "focusable claims (one per claim of the report)");
  const underlined = page.locator(".article-view .finding.sev-warning");
  equal(await underlined.count(), 1, "warning spans in the article");
  equal(await underlined.innerText(), "$664 billion in 2022", "the warning's primary span");
  const decoration = await underlined.evaluate((e) => getComputedStyle(e).textDecorationLine);
  assert(decoration.includes("underline"), `the warning span is not underlined (${decoration})`);
  equal(await page.locator(".article-view .line").count(), 17, "one element per source line");
  equal(await page.locator('.article-view .line[data-line="14"] .src').innerText(), flagship.split("\n")[13], "line 14's text");
});

await step("the reference date is 2024-04-09, inferred, with its reasons", async () => {
  equal(await page.locator("#refdate-value").innerText(), "2024-04-09", "reference date");
  equal(await page.locator("#refdate-source").getAttribute("data-source"), "inferred", "source");
  assert(/inferred/.test(await page.locator("#refdate").innerText()), "the source is not shown as text");
  const reasons = flagshipReport.files[0].reference_date.reasons;
  equal(await page.locator("#refdate .refdate-reasons li").allInnerTexts(), reasons, "reasons listed");
  assert(reasons.length >= 1, "the report gives no reason for the inferred date");
});

await step("the timeline places $664 billion on 2022 and $240 billion on 2023, both flagged", async () => {
  assert(await page.locator("#timeline svg").isVisible(), "no timeline SVG");
  assert((await page.locator('#timeline .chip[data-year="2022"]').count()) >= 1, "no figure on 2022");
  assert((await page.locator('#timeline .chip[data-year="2023"]').count()) >= 1, "no figure on 2023");
  const chips = await page.$$eval("#timeline .chip", (els) =>
    els.map((e) => ({ label: e.getAttribute("aria-label"), year: e.getAttribute("data-year"), flagged: e.classList.contains("flagged") })),
  );
  const chip = (text) => chips.find((c) => c.label.startsWith(text));
  assert(chip("$664 billion"), `no chip for $664 billion in ${JSON.stringify(chips)}`);
  equal(chip("$664 billion").year, "2022", "year of $664 billion");
  equal(chip("$240 billion").year, "2023", "year of $240 billion");
  assert(chip("$664 billion").flagged && chip("$240 billion").flagged, "the compared figures are not highlighted");
  assert((await page.locator('#timeline .axis-year[data-year="2024"]').count()) === 1, "the publication year is not on the axis");
  equal(await page.locator('#timeline .link[data-finding="0"]').count(), 1, "link between the compared figures");
});

await step("hovering a claim shows its value, interval and period", async () => {
  await page.locator(".article-view .claim.k-money", { hasText: "$240 billion" }).hover();
  const tooltip = page.locator("#tooltip");
  await tooltip.waitFor({ state: "visible" });
  const text = await tooltip.innerText();
  assert(/240 billion USD/.test(text), `no value in the tooltip: ${text}`);
  assert(/239\.5 billion USD to 241 billion USD/.test(text), `no interval in the tooltip: ${text}`);
  assert(/2023 \(“last year”/.test(text), `no period in the tooltip: ${text}`);
  await page.mouse.move(5, 5);
  await page.locator("h1").hover();
  await tooltip.waitFor({ state: "hidden" });
});

await step("keyboard focus on a claim shows the tooltip; Tab moves to the next claim", async () => {
  const date = page.locator('.article-view .claim[data-kind="date"]', { hasText: "on Feb. 24, 2022" });
  await date.focus();
  const tooltip = page.locator("#tooltip");
  await tooltip.waitFor({ state: "visible" });
  assert(/2022-02-24/.test(await tooltip.innerText()), "the date's value is not in the tooltip");
  equal(await date.getAttribute("aria-describedby"), "tooltip", "aria-describedby of the focused claim");
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement.textContent);
  equal(focused, "less than three weeks after", "claim focused after Tab");
  assert(/P3W/.test(await tooltip.innerText()), "the tooltip does not follow the focus");
  await page.keyboard.press("Escape");
  await tooltip.waitFor({ state: "hidden" });
});

await step("Enter on the finding marks lines 13 and 14 and nothing else", async () => {
  await findingItems.first().locator(".finding-head").focus();
  await page.keyboard.press("Enter");
  equal(await markedLines(), [13, 14], "marked lines");
  equal(await findingItems.first().locator(".finding-head").getAttribute("aria-current"), "true", "aria-current");
});

await step("clicking the finding marks lines 13 and 14, the spans and the related message", async () => {
  await page.locator("#findings-heading").scrollIntoViewIfNeeded();
  await findingItems.first().locator(".finding-head").click();
  equal(await markedLines(), [13, 14], "marked lines");
  equal(await page.locator(".article-view .finding.is-selected").innerText(), "$664 billion in 2022", "selected primary span");
  equal(await page.locator(".article-view .related.is-selected").innerText(), "$240 billion last year", "selected related span");
  const label = page.locator(".article-view .related-label.is-selected");
  assert(await label.isVisible(), "the related span's message is not visible");
  assert(/2023 \(last year, compared with 2022\)/.test(await label.innerText()), "the related message is wrong");
  const inView = await page.locator(".article-view .finding.is-selected").evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert(inView, "the finding was not scrolled into view");
  // From the top, so that the sticky findings column is drawn beside the top of the article.
  await page.waitForTimeout(400); // the smooth scroll settles
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(artifactDir, "serve-page.png"), fullPage: true });
});

await step("no console errors or CSP violations so far", async () => {
  equal(problems, [], "problems");
});

await step("Download JSON and Download SARIF give the report", async () => {
  const [json] = await Promise.all([page.waitForEvent("download"), page.locator("#download-json").click()]);
  equal(json.suggestedFilename(), "article.numcheck.json", "JSON file name");
  const report = JSON.parse(await readFile(await json.path(), "utf8"));
  equal(report.files[0].diagnostics.map((d) => d.code), ["NC202"], "codes in the JSON download");
  const [sarif] = await Promise.all([page.waitForEvent("download"), page.locator("#download-sarif").click()]);
  equal(sarif.suggestedFilename(), "article.sarif", "SARIF file name");
  const log = JSON.parse(await readFile(await sarif.path(), "utf8"));
  equal(log.version, "2.1.0", "SARIF version");
  equal(log.runs[0].results.map((r) => r.ruleId), ["NC202"], "rule ids in the SARIF download");
});

await step("the phone layout (390x844): no horizontal scroll, findings below the article", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(100);
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert(widths.scroll <= widths.client, `the page scrolls sideways: ${widths.scroll} > ${widths.client}`);
  const article = await page.locator(".article-panel").boundingBox();
  const findings = await page.locator(".findings-panel").boundingBox();
  assert(findings.y >= article.y + article.height - 1, "the findings are not below the article");
  assert(findings.width > 300, `the findings panel is narrow on a phone (${findings.width}px)`);
  await page.screenshot({ path: path.join(artifactDir, "serve-page-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
});

await step("changing 2022 to 2023 on line 14 and Ctrl+Enter: the warning is gone", async () => {
  const lines = flagship.split("\n");
  assert(lines[13].includes("$664 billion in 2022,"), "line 14 of the sample changed");
  lines[13] = lines[13].replace("in 2022,", "in 2023,");
  const fixed = lines.join("\n");
  const input = page.locator("#article-input");
  await input.fill(fixed);
  assert(await page.locator("#stale-note").isVisible(), "no note that the result is out of date");
  await input.focus();
  const response = await runCheck(() => page.keyboard.press("Control+Enter"));
  equal(JSON.parse(response.request().postData()).text, fixed, "text sent");
  const severities = await page.$$eval("#findings-list > li.finding", (els) => els.map((e) => e.getAttribute("data-severity")));
  equal(severities.filter((s) => s === "warning" || s === "error"), [], "findings at warning or above");
  assert(await page.locator("#findings-list .no-findings").isVisible(), "no 'no findings' message");
  equal(await markedLines(), [], "lines still marked");
  equal(await page.locator(".article-view .finding").count(), 0, "underlined spans");
  assert(await page.locator("#stale-note").isHidden(), "the out-of-date note is still shown");
  const chip = await page.$$eval("#timeline .chip", (els) =>
    els.filter((e) => e.getAttribute("aria-label").startsWith("$664 billion")).map((e) => e.getAttribute("data-year")),
  );
  equal(chip, ["2023"], "year of $664 billion on the timeline");
});

await step("a dropped Markdown file is loaded and checked as Markdown", async () => {
  const markdown = "---\ndate: 2024-05-20\n---\n\n# Ferry\n\nSales rose 10 percent to 110 units from 100 last year.\n";
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "story.md", { type: "text/markdown" }));
    return dt;
  }, markdown);
  await page.dispatchEvent("#article-input", "drop", { dataTransfer });
  await page.waitForFunction((text) => document.getElementById("article-input").value === text, markdown);
  equal(await page.locator("#format-select").inputValue(), "markdown", "format after the drop");
  const response = await runCheck(() => page.locator("#check-button").click());
  equal(JSON.parse(response.request().postData()).filename, "story.md", "filename sent");
  equal(await page.locator("#refdate-value").innerText(), "2024-05-20", "reference date");
  equal(await page.locator("#refdate-source").getAttribute("data-source"), "front-matter", "source");
  await page.locator("#format-select").selectOption("auto");
});

await step("the publication date field is sent as date", async () => {
  await page.locator("#article-input").fill(flagship);
  await page.locator("#date-input").fill("2024-04-09");
  const response = await runCheck(() => page.locator("#check-button").click());
  equal(JSON.parse(response.request().postData()).date, "2024-04-09", "date sent");
  equal(await page.locator("#refdate-source").getAttribute("data-source"), "cli", "source");
  await page.locator("#date-input").fill("");
});

await step("every sample (and astral characters) renders its exact text, each claim over its own text", async () => {
  const dir = path.join(sourceDir, "samples");
  const names = (await readdir(dir)).filter((n) => /\.(?:txt|md)$/.test(n) && n !== "README.md").sort();
  const texts = await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), "utf8")]));
  texts.push(["astral.txt", "🇺🇳 𝐍 Sales 📈 rose 10 percent to 110 units from 100 in 2023.\n\n“Über” — 😀 $5 million in 2022, ½ of it.\n"]);
  for (const [name, text] of texts) {
    await page.locator("#format-select").selectOption(name.endsWith(".md") ? "markdown" : "text");
    await page.locator("#article-input").fill(text);
    const response = await runCheck(() => page.locator("#check-button").click());
    const file = (await response.json()).files[0];
    const shown = await page.evaluate(() => {
      const strip = (e) => {
        const copy = e.cloneNode(true);
        for (const label of copy.querySelectorAll(".related-label")) label.remove();
        return copy.textContent.replace(/\u200b/g, "");
      };
      const claims = {};
      for (const e of document.querySelectorAll(".article-view .claim[data-claim]")) {
        claims[e.dataset.claim] = (claims[e.dataset.claim] || "") + strip(e);
      }
      return {
        text: [...document.querySelectorAll(".article-view .line .src")].map(strip).join("\n"),
        claims,
        findings: document.querySelectorAll("#findings-list > li.finding").length,
      };
    });
    // One row per line; a final newline ends the last row and starts no empty one.
    assert(shown.text === text.replace(/\n$/, ""), `${name}: the article view does not show the exact text`);
    for (const c of file.claims) {
      assert(shown.claims[c.id] === c.text, `${name}: claim ${c.id} shows ${JSON.stringify(shown.claims[c.id])}, not ${JSON.stringify(c.text)}`);
    }
    equal(shown.findings, file.diagnostics.length, `${name}: findings listed`);
  }
  await page.locator("#format-select").selectOption("auto");
});

await step("errors: empty text, 413 from the server, 400 message, no server", async () => {
  const box = page.locator("#error-box");
  await page.locator("#article-input").fill("   ");
  await page.locator("#check-button").click();
  assert(/empty/.test(await box.innerText()), "no message for an empty article");

  // The server's --max-body (browser_test.sh sets a small one; the default is 5 MB).
  const limit = Number(process.env.NUMCHECK_MAX_BODY || 5_000_000);
  await page.locator("#article-input").evaluate((e, n) => {
    e.value = "Sales rose 10 percent. ".repeat(n);
  }, Math.ceil(limit / 23) + 100);
  const big = await runCheck(() => page.locator("#check-button").click());
  equal(big.status(), 413, "status for a body over the limit");
  assert(/413/.test(await box.innerText()) && /larger/.test(await box.innerText()), `no 413 message: ${await box.innerText()}`);

  await page.locator("#article-input").fill(flagship);
  await page.route("**/api/check", (route) =>
    route.fulfill({ status: 400, contentType: "application/json", body: '{"error": "date: not a date"}' }),
  );
  await runCheck(() => page.locator("#check-button").click());
  assert(/HTTP 400\): date: not a date/.test(await box.innerText()), `no 400 message: ${await box.innerText()}`);
  await page.unroute("**/api/check");

  await page.route("**/api/check", (route) => route.abort("connectionrefused"));
  await page.locator("#check-button").click();
  await page.waitForFunction(() => /did not answer/.test(document.getElementById("error-box").innerText));
  await page.unroute("**/api/check");

  await runCheck(() => page.locator("#check-button").click());
  assert(await box.isHidden(), "the error stays after a good check");
});

await step("axe-core finds no WCAG 2.1 A/AA violation: empty page, results with a finding selected, phone", async () => {
  // axe is injected as a script, which the page's CSP forbids: a context of its own bypasses it.
  const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  const axeContext = await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
  const axePage = await axeContext.newPage();
  const audit = async (state) => {
    if (!(await axePage.evaluate(() => Boolean(window.axe)))) await axePage.addScriptTag({ content: axeSource });
    const result = await axePage.evaluate(() =>
      window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }),
    );
    const violations = result.violations.map(
      (v) => `${v.id} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`,
    );
    equal(violations, [], `violations (${state})`);
  };
  try {
    await axePage.goto(url);
    await audit("empty page");
    await axePage.locator("#article-input").fill(flagship);
    await axePage.locator("#check-button").click();
    await axePage.locator("#findings-list > li.finding").first().waitFor();
    await axePage.locator("#findings-list .finding-head").first().click();
    await axePage.locator(".article-view .claim[tabindex]").first().focus();
    await audit("results");
    await axePage.setViewportSize({ width: 390, height: 844 });
    await audit("phone");
  } finally {
    await axeContext.close();
  }
});

await browser.close();
clearTimeout(watchdog);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`screenshots: ${path.join(artifactDir, "serve-page.png")}, serve-page-phone.png (${seconds} s)`);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
