// Runs one peer over Reuters articles (the Markdown files bench/batch.sh writes, front matter
// stripped) on one thread and prints one JSON line: peer, articles, bytes, seconds, mentions.
//   node run.mjs PEER DIR LIMIT        PEER: recognizers-number, recognizers-currency,
//                                      recognizers-percentage, recognizers-datetime, recognizers-all, chrono
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as Recognizers from "@microsoft/recognizers-text-suite";
import * as chrono from "chrono-node";

const [peer, dir, limitText] = process.argv.slice(2);
const limit = Number(limitText || "0");
let names = readdirSync(dir).filter((n) => n.endsWith(".md")).sort();
if (limit > 0) names = names.slice(0, limit);
const articles = names.map((n) => {
  const text = readFileSync(join(dir, n), "utf8");
  const end = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) : -1;
  return end >= 0 ? text.slice(end + 5) : text;
});
const culture = Recognizers.Culture.English;
const reference = new Date(1987, 2, 1);
const recognizers = {
  "recognizers-number": (t) => Recognizers.recognizeNumber(t, culture),
  "recognizers-currency": (t) => Recognizers.recognizeCurrency(t, culture),
  "recognizers-percentage": (t) => Recognizers.recognizePercentage(t, culture),
  "recognizers-datetime": (t) => Recognizers.recognizeDateTime(t, culture, undefined, reference),
  "recognizers-all": (t) =>
    [
      ...Recognizers.recognizeNumber(t, culture),
      ...Recognizers.recognizeCurrency(t, culture),
      ...Recognizers.recognizePercentage(t, culture),
      ...Recognizers.recognizeDateTime(t, culture, undefined, reference),
    ],
  chrono: (t) => chrono.parse(t, reference),
};
const run = recognizers[peer];
if (!run) {
  console.error(`unknown peer ${peer}; one of ${Object.keys(recognizers).join(", ")}`);
  process.exit(2);
}
run("Warm up: sales rose 5 pct to 1.4 mln dlrs on March 3, 1987."); // first-call initialisation
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
const start = process.hrtime.bigint();
let mentions = 0;
for (const a of articles) mentions += run(a).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ peer, articles: articles.length, bytes, seconds, mentions }));
