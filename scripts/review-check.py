#!/usr/bin/env python3
"""Loads every page of a `baocao review` site in headless Chromium and checks
it against the site's ket-qua.jsonl: no console message, one mark[data-key]
per figure (key and scope), placed in its line, every finding's lines
present on the page. Prints a summary line; exits 1 on a failure.
Usage: scripts/review-check.py SITE_DIR"""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

site = Path(sys.argv[1]).resolve()
reports = {}
for line in (site / "ket-qua.jsonl").read_text(encoding="utf-8").splitlines():
    r = json.loads(line)
    reports[r["file"]] = r


def dom(page):
    p = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    return p.stdout, [l for l in p.stderr.splitlines() if ":CONSOLE" in l]


def attrs(tag):
    return dict(re.findall(r'([a-z-]+)="([^"]*)"', tag))


failures, pages, figures = [], 0, 0
for page in sorted(site.glob("*.html")):
    html, console = dom(page)
    pages += 1
    if console:
        failures.append(f"{page.name}: console: {console[:2]}")
    if page.name == "index.html":
        units = {attrs(t).get("data-unit") for t in re.findall(r"<tr\b[^>]*data-kind=\"(?:ward|missing)\"[^>]*>", html)}
        if len(units) != 114:
            failures.append(f"index: {len(units)} units")
        continue
    m = re.search(r'<main id="text"[^>]*data-file="([^"]*)"', html)
    file = m and m.group(1).replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
    r = reports.get(file)
    if r is None:
        failures.append(f"{page.name}: no report line for {file!r}")
        continue
    marks = [attrs(t) for t in re.findall(r"<mark\b[^>]*data-key=[^>]*>", html)]
    got = Counter((a["data-key"], a["data-scope"]) for a in marks)
    want = Counter((f["key"], f["scope"]) for f in r["figures"])
    if got != want:
        failures.append(f"{page.name}: figures {sum(got.values())} shown, {sum(want.values())} extracted")
    unplaced = [a["data-key"] for a in marks if "unplaced" in a.get("class", "")]
    if unplaced:
        failures.append(f"{page.name}: not found in their line: {unplaced}")
    figures += len(marks)
    ids = set(re.findall(r'id="(L\d+)"', html))
    for t in re.findall(r"<div\b[^>]*data-rule=[^>]*>", html):
        for l in attrs(t).get("data-lines", "").split():
            if f"L{l}" not in ids:
                failures.append(f"{page.name}: finding line {l} missing")
print(f"{pages} pages, {figures} figures highlighted, {len(failures)} failures")
for f in failures[:20]:
    print("   ", f)
sys.exit(1 if failures else 0)
