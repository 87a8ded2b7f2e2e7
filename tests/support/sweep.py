"""One pass of real Chromium over every page of a built site, recording what each page got wrong.

For each page: axe-core's WCAG A/AA violations, Content-Security-Policy violations (the page is
served with the site's own policy), cookies it set, third-party requests and console errors. The
tests of tests/browser/test_every_page.py each assert one of these lists.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sotay.build.csp import HASHES_FILE
from tests.support.axe import axe_result, axe_source, describe, start_axe
from tests.support.site_pages import page_paths
from tests.support.static_server import StaticServer

# Runs before any page script; CSP violations are also reported as console errors.
_CSP_LISTENER = """
window.__sotayCsp = [];
document.addEventListener("securitypolicyviolation", e => window.__sotayCsp.push(
  `${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile || ""}:${e.lineNumber || ""})`));
"""


@dataclass
class Sweep:
    """What went wrong, page by page (only pages with something to report appear)."""

    pages: list[str] = field(default_factory=list)
    axe: dict[str, list[dict]] = field(default_factory=dict)
    csp: dict[str, list[str]] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    set_cookie: list[str] = field(default_factory=list)
    third_party: dict[str, list[str]] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def axe_report(self) -> list[str]:
        """Every axe violation as a readable line, by page."""
        return [line for path, v in self.axe.items() for line in describe(path, v)]


def site_policy(site: Path) -> str:
    """The Content-Security-Policy that the build wrote for *site* (see sotay/build/csp.py)."""
    return json.loads((site / HASHES_FILE).read_text(encoding="utf-8"))["policy"]


def sweep_site(browser, site: Path, tabs: int = 3) -> Sweep:
    """Load every page of *site* under its own CSP in one browser context, *tabs* pages at a time."""
    result = Sweep(pages=page_paths(site))
    source = axe_source()
    with StaticServer(site, headers={"Content-Security-Policy": site_policy(site)}) as server:
        origin = server.url.rstrip("/")
        ctx = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
        ctx.add_init_script(_CSP_LISTENER)
        current: dict = {}

        def note(book: dict, page, item: str) -> None:
            book.setdefault(current.get(page, "?"), []).append(item)

        def watch(page) -> None:
            page.on(
                "console",
                lambda m: m.type == "error" and note(result.errors, page, m.text),
            )
            page.on("pageerror", lambda e: note(result.errors, page, str(e)))
            page.on(
                "request",
                lambda r: (
                    not r.url.startswith((origin, "data:", "blob:")) and note(result.third_party, page, r.url)
                ),
            )
            page.on(
                "response",
                lambda r: "set-cookie" in r.headers and result.set_cookie.append(r.url),
            )

        pages = [ctx.new_page() for _ in range(tabs)]
        for page in pages:
            watch(page)
        try:
            for i in range(0, len(result.pages), tabs):
                batch = list(zip(pages, result.pages[i : i + tabs], strict=False))
                for page, path in batch:
                    current[page] = path
                    page.goto(server.url + path)
                    start_axe(page, source)
                for page, path in batch:
                    if violations := axe_result(page):
                        result.axe[path] = violations
                    if csp := page.evaluate("() => window.__sotayCsp"):
                        result.csp[path] = csp
                    if cookie := page.evaluate("() => document.cookie"):
                        result.cookies[path] = cookie
        finally:
            ctx.close()
    return result
