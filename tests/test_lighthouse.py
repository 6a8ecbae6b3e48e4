"""Lighthouse (desktop preset) on the built site, served from 127.0.0.1: `make audit` runs it on
every page (``--all-pages``), one page at a time, since its scores suffer from a busy CPU.

Each of accessibility, best practices and SEO must score at least MIN_SCORE. Performance is
printed, not asserted: its score is made of times (blocking time, paints), which a slower or busy
machine of this kind misses with the same page (the session-start site scored 88 on the capstone
here), and a test asserts no time.
Lighthouse is the npm package pinned in package.json (`npm ci`), run with Debian's Chromium.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.support import browser as browser_support
from verify.layout import PROJECT

pytestmark = pytest.mark.lighthouse

LIGHTHOUSE = PROJECT.root / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
ASSERTED = CATEGORIES[1:]  # performance is measured, not asserted
MIN_SCORE = 95
# A guard against a hung Chromium, not a time bar: the printable course (1.8 MB of HTML) took
# over 120 s on a CI run of this machine.
HANG = 600


def lighthouse(url: str) -> dict:
    """Lighthouse's JSON report of url."""
    assert LIGHTHOUSE.exists(), "Lighthouse is not installed: run `npm ci`"
    flags = " ".join(["--headless=new", *browser_support.CHROMIUM_ARGS])
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--preset=desktop",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={flags}",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": browser_support.CHROMIUM},
        timeout=HANG,
    )
    assert result.returncode == 0, f"lighthouse failed on {url}:\n{result.stderr[-3000:]}"
    return json.loads(result.stdout)


def shortfalls(report: dict) -> list[str]:
    """'category NN: failing audits' for each category scoring under MIN_SCORE."""
    found = []
    for name in ASSERTED:
        category = report["categories"][name]
        score = round(category["score"] * 100)
        if score < MIN_SCORE:
            audits = [
                f"{ref['id']} ({report['audits'][ref['id']]['score']})"
                for ref in category["auditRefs"]
                if ref["weight"] and (report["audits"][ref["id"]]["score"] or 0) < 1
            ]
            found.append(f"{name} {score}: {', '.join(audits)}")
    return found


def test_lighthouse_scores(base_url, page_path):
    report = lighthouse(base_url + page_path)
    performance = round(report["categories"]["performance"]["score"] * 100)
    print(f"/{page_path}: performance {performance} (measured, not asserted)")
    failed = shortfalls(report)
    assert not failed, f"/{page_path} scores under {MIN_SCORE}: " + "; ".join(failed)
