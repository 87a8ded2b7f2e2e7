"""Browser tests: every page load is watched for console errors and failed requests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


class PageWatch:
    """Collects what a reader would see go wrong: console errors, failed or third-party requests."""

    def __init__(self, page, origin: str):
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.third_party: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        # A load cancelled because the page navigated away (net::ERR_ABORTED, e.g. the favicon during a
        # quick reload) is nothing a reader sees go wrong.
        page.on(
            "requestfailed",
            lambda r: "ERR_ABORTED" not in (r.failure or "") and self.failed.append(f"{r.url} {r.failure}"),
        )
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url} {r.status}"))
        page.on(
            "request",
            lambda r: not r.url.startswith((origin, "data:", "blob:")) and self.third_party.append(r.url),
        )


@pytest.fixture
def watch():
    """Call ``watch(page, origin)`` before navigating; assert on its lists afterwards."""
    return PageWatch
