"""Every page of the real handbook (both languages), loaded once in Chromium under the site's CSP.

One pass (tests/support/sweep.py) collects, page by page, axe-core's WCAG 2.0/2.1/2.2 A and AA
violations, Content-Security-Policy violations, cookies and third-party requests; each test
below asserts one of them, listing every offending page.
"""

from __future__ import annotations

import re

import pytest

from tests.support.sweep import sweep_site

ANALYTICS = re.compile(
    r"google-analytics|googletagmanager|gtag\(|plausible\.io|matomo|hotjar|facebook\.net", re.I
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sweep(browser, real_site):
    return sweep_site(browser, real_site)


def test_every_page_of_both_languages_was_visited(sweep):
    assert any(p.startswith("en/") for p in sweep.pages) and any(not p.startswith("en/") for p in sweep.pages)
    assert "" in sweep.pages and "en/" in sweep.pages and "404.html" in sweep.pages


def test_no_page_violates_wcag_a_or_aa(sweep):
    report = sweep.axe_report()
    assert report == [], f"{len(report)} axe violations:\n" + "\n".join(report)


def test_every_page_works_under_the_sites_content_security_policy(sweep):
    assert sweep.csp == {}
    csp_errors = {p: e for p, e in sweep.errors.items() if any("Content Security Policy" in x for x in e)}
    assert csp_errors == {}


def test_no_page_logs_an_error(sweep):
    assert sweep.errors == {}


def test_no_page_sets_a_cookie_or_asks_a_third_party(sweep):
    assert sweep.cookies == {} and sweep.set_cookie == []
    assert sweep.third_party == {}


def test_no_page_carries_an_analytics_snippet(real_site):
    found = [
        p.relative_to(real_site).as_posix()
        for p in real_site.rglob("*.html")
        if ANALYTICS.search(p.read_text("utf-8"))
    ]
    assert found == []
