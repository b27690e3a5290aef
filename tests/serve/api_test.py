#!/usr/bin/env python3
"""The HTTP API of `numcheck serve` against a running server.

Usage: api_test.py NUMCHECK_BINARY SOURCE_DIR

Starts `numcheck serve --port 0 --max-body 200000` (a small limit, so that bodies just under and
just over it are quick to build), then checks the flagship article, the formats, every error
case, 50 concurrent requests, and that the server logs nothing but request lines; then a server
with the default limit (5,000,000 bytes) with bodies at it and one byte over.
"""
import concurrent.futures
import http.client
import json
import pathlib
import re
import subprocess
import sys
import threading

LIMIT = 200_000
failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}", flush=True)


def request(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        data = body.encode() if isinstance(body, str) else body
        connection.request(method, path, body=data, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def check(port, payload):
    return request(port, "POST", "/api/check", json.dumps(payload), {"Content-Type": "application/json"})


def main():
    binary, source = sys.argv[1], pathlib.Path(sys.argv[2])
    flagship = (source / "samples/china-russia-trade.txt").read_text(encoding="utf-8")
    server = subprocess.Popen([binary, "serve", "--port", "0", "--max-body", str(LIMIT)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = []
    try:
        banner = server.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", banner)
        if not match:
            print(f"FAIL: no address in the banner: {banner!r}")
            return 1
        port = int(match.group(1))
        reader = threading.Thread(target=lambda: log.extend(server.stderr), daemon=True)
        reader.start()

        # The flagship article: one NC202 warning, lines 14 and 13, the inferred date.
        status, headers, body = check(port, {"text": flagship, "format": "json", "filename": "china.txt"})
        expect(status == 200, f"flagship: status {status}")
        expect(headers.get("Content-Type", "").startswith("application/json"), "flagship: JSON content type")
        report = json.loads(body)
        file = report["files"][0]
        warnings = [d for d in file["diagnostics"] if d["severity"] in ("warning", "error")]
        expect([d["code"] for d in warnings] == ["NC202"], f"flagship: warnings {[d['code'] for d in warnings]}")
        if warnings:
            expect(warnings[0]["span"]["line"] == 14, "flagship: the warning is on line 14")
            expect([r["span"]["line"] for r in warnings[0]["related"]] == [13], "flagship: related on line 13")
        expect(file["reference_date"]["value"] == "2024-04-09" and file["reference_date"]["source"] == "inferred",
               f"flagship: reference date {file['reference_date']}")
        expect(file["path"] == "china.txt", "flagship: the filename names the file")
        expect(len(file["claims"]) > 20, "flagship: the claims are in the report")
        expect(report["summary"]["warnings"] == 1, "flagship: summary counts one warning")

        # Line 14 fixed: nothing at warning or above.
        fixed = flagship.replace("$664 billion in 2022", "$664 billion in 2023")
        expect(fixed != flagship, "the flagship article still has line 14's figure")
        status, _, body = check(port, {"text": fixed})
        diagnostics = json.loads(body)["files"][0]["diagnostics"]
        expect(status == 200 and not [d for d in diagnostics if d["severity"] != "note"],
               "fixed flagship: no warning")

        # An explicit date wins; Markdown with front matter is read as Markdown.
        status, _, body = check(port, {"text": flagship, "date": "2024-04-09", "filename": "a.txt"})
        expect(json.loads(body)["files"][0]["reference_date"]["source"] == "cli", "date: given date is used")
        markdown = (source / "samples/china-russia-trade.md").read_text(encoding="utf-8")
        status, _, body = check(port, {"text": markdown})
        file = json.loads(body)["files"][0]
        expect(file["reference_date"]["source"] == "front-matter", "markdown: the front matter's date")
        expect([d["code"] for d in file["diagnostics"] if d["severity"] == "warning"] == ["NC202"],
               "markdown: one NC202 warning")

        # The other formats.
        status, headers, body = check(port, {"text": flagship, "format": "sarif"})
        sarif = json.loads(body)
        expect(status == 200 and sarif["version"] == "2.1.0", "sarif: a SARIF 2.1.0 log")
        expect([r["ruleId"] for r in sarif["runs"][0]["results"]] == ["NC202"], "sarif: one NC202 result")
        expect(headers.get("Content-Type") == "application/sarif+json", "sarif: content type")
        for fmt, needle in (("text", "warning[NC202]"), ("short", "NC202"), ("github", "::warning")):
            status, headers, body = check(port, {"text": flagship, "format": fmt})
            expect(status == 200 and needle in body.decode(), f"{fmt}: has {needle}")
            expect(headers.get("Content-Type", "").startswith("text/plain"), f"{fmt}: text/plain")

        # The rules.
        status, _, body = request(port, "GET", "/api/rules")
        rules = json.loads(body)["rules"]
        expect(status == 200 and len(rules) >= 17, f"rules: {len(rules)} rules")
        nc202 = [r for r in rules if r["code"] == "NC202"]
        expect(nc202 and nc202[0]["name"] == "comparison-year-mismatch" and nc202[0]["what"],
               "rules: NC202 with its documentation")

        # The page and its files, built into the binary.
        status, headers, body = request(port, "GET", "/")
        expect(status == 200 and headers.get("Content-Type", "").startswith("text/html"), "page: HTML")
        expect("default-src 'self'" in headers.get("Content-Security-Policy", ""), "page: content security policy")
        for path in ("/app.js", "/style.css", "/favicon.svg"):
            status, _, body = request(port, "GET", path)
            expect(status == 200 and body, f"page: {path}")

        # Errors: each with a JSON message.
        def error(status_wanted, method, path, body=None, what=""):
            status, headers, body = request(port, method, path, body)
            expect(status == status_wanted, f"{what}: status {status}, wanted {status_wanted}")
            try:
                message = json.loads(body)["error"]
                expect(bool(message), f"{what}: an error message")
            except (ValueError, KeyError):
                expect(False, f"{what}: the body is not {{\"error\": ...}}: {body[:200]!r}")
            return headers

        error(400, "POST", "/api/check", "{not json", "malformed JSON")
        error(400, "POST", "/api/check", "", "empty body")
        error(400, "POST", "/api/check", "[1, 2]", "an array")
        error(400, "POST", "/api/check", json.dumps({"format": "json"}), "no text")
        error(400, "POST", "/api/check", json.dumps({"text": 12}), "text not a string")
        error(400, "POST", "/api/check", json.dumps({"text": "x", "format": "pdf"}), "unknown format")
        error(400, "POST", "/api/check", json.dumps({"text": "x", "date": "April 9"}), "bad date")
        error(400, "POST", "/api/check", json.dumps({"text": "a\u0000b"}), "NUL in the text")
        allow = error(405, "GET", "/api/check", None, "GET /api/check")
        expect(allow.get("Allow") == "POST", "405 names the allowed method")
        error(405, "DELETE", "/api/check", None, "DELETE /api/check")
        error(405, "POST", "/api/rules", "{}", "POST /api/rules")
        error(405, "PUT", "/", "x", "PUT /")
        error(404, "GET", "/no-such-page", None, "unknown path")
        # curl -d sends a form content type, which cpp-httplib caps at 8 KB: the message says what to do.
        status, _, body = request(port, "POST", "/api/check", json.dumps({"text": flagship * 3}),
                                  {"Content-Type": "application/x-www-form-urlencoded"})
        expect(status == 413 and "Content-Type: application/json" in json.loads(body)["error"],
               f"form-encoded body over 8 KB: {status} {body[:120]!r}")
        # No compression (local server; Brotli is slow on large reports).
        status, headers, _ = request(port, "GET", "/app.js", None, {"Accept-Encoding": "br, gzip"})
        expect(status == 200 and "Content-Encoding" not in headers, "no Content-Encoding")

        # Bodies just under and just over the limit.
        filler = "The council met on Tuesday. " * (LIMIT // 28 + 2)
        def body_of_size(size):
            text = filler[: size - len(json.dumps({"text": ""}))]
            data = json.dumps({"text": text})
            assert len(data.encode()) == size, len(data.encode())
            return data
        status, _, body = request(port, "POST", "/api/check", body_of_size(LIMIT),
                                  {"Content-Type": "application/json"})
        expect(status == 200 and json.loads(body)["files"][0]["error"] is None, f"at the limit: status {status}")
        error(413, "POST", "/api/check", body_of_size(LIMIT + 1), "one byte over the limit")

        # 50 concurrent requests, each answered in full and right.
        def one(i):
            text = flagship if i % 2 == 0 else fixed
            status, _, body = check(port, {"text": text, "filename": f"article-{i}.txt"})
            file = json.loads(body)["files"][0]
            codes = [d["code"] for d in file["diagnostics"] if d["severity"] == "warning"]
            return status == 200 and file["path"] == f"article-{i}.txt" and codes == (["NC202"] if i % 2 == 0 else [])
        with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
            results = list(pool.map(one, range(50)))
        expect(all(results), f"concurrent: {results.count(False)} of 50 wrong")

        # The server is still up after all that.
        status, _, _ = request(port, "GET", "/api/rules")
        expect(status == 200, "the server survives every request")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            failures.append("the server did not stop on SIGTERM")

    # The default limit is 5,000,000 bytes: JSON padded with white space just under it is read and
    # checked, one byte over it is refused (cheap to check either way).
    default = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        match = re.search(r":(\d+)/", default.stdout.readline())
        expect(match is not None, "default server: an address")
        if match:
            port = int(match.group(1))
            def padded(size):
                core = json.dumps({"text": "Sales rose 5 pct to 105 mln dlrs from 100 mln."})
                return core[:-1] + " " * (size - len(core)) + "}"
            status, _, body = request(port, "POST", "/api/check", padded(5_000_000),
                                      {"Content-Type": "application/json"})
            expect(status == 200 and json.loads(body)["summary"]["claims"] > 0, f"default limit, at it: {status}")
            status, _, body = request(port, "POST", "/api/check", padded(5_000_001),
                                      {"Content-Type": "application/json"})
            expect(status == 413, f"default limit, one byte over: {status}")
    finally:
        default.terminate()
        default.wait(timeout=10)

    # Nothing logged but request lines: never the article.
    lines = [line for line in log if line.strip()]
    expect(lines and all(re.fullmatch(r'"[A-Z]+ \S+ HTTP/1\.[01]" \d{3}\n?', line) for line in lines),
           f"log: only request lines, got {[l for l in lines if not re.fullmatch(chr(34) + '[A-Z]+.*', l)][:3]}")
    expect(not any("Lavrov" in line for line in lines), "log: no article text")
    expect(server.returncode == 0, f"serve exits 0 on SIGTERM, got {server.returncode}")

    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("serve API: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
