"""Shared fixtures: built sites (fixture and real handbook), a static server, headless Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from sotay.build.publish import build_atomically
from tests.support.portal_site import portal_handbook, portal_host, portal_site  # noqa: F401 (fixtures)
from tests.support.search_site import search_server, search_site  # noqa: F401 (fixtures)
from tests.support.static_server import StaticServer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def _site_and_server(name: str, config: Path, what: str):
    """Session fixtures ``<name>_site`` (*config* built strictly, once) and ``<name>_server`` (served)."""

    def site(tmp_path_factory) -> Path:
        return build_atomically(config, tmp_path_factory.mktemp(name) / "site")

    def server(request):
        with StaticServer(request.getfixturevalue(f"{name}_site")) as srv:
            yield srv

    site.__doc__ = f"{what}, built once per test session."
    server.__doc__ = f"{what}, served on 127.0.0.1."
    return (
        pytest.fixture(scope="session", name=f"{name}_site")(site),
        pytest.fixture(scope="session", name=f"{name}_server")(server),
    )


mini_site, mini_server = _site_and_server(
    "mini", FIXTURES / "mini" / "mkdocs.yml", "The tiny fixture handbook"
)
real_site, real_server = _site_and_server("real", ROOT / "mkdocs.yml", "The real handbook")
quiz_site, quiz_server = _site_and_server(
    "quiz", FIXTURES / "quiz" / "mkdocs.yml", "The fixture handbook with quizzes (tests/fixtures/quiz)"
)
book_site, book_server = _site_and_server(
    "book",
    FIXTURES / "book" / "mkdocs.yml",
    "The two-chapter fixture handbook for offline, print and PDF tests",
)


def chromium_path() -> str:
    """Chromium for browser tests: $SOTAY_CHROMIUM, else what scripts/ensure-browser.sh finds."""
    env = os.environ.get("SOTAY_CHROMIUM")
    if env and Path(env).exists():
        return env
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found:
        return found
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "ensure-browser.sh")], check=True, capture_output=True, text=True
    ).stdout.strip()


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    """A real headless Chromium driven by Playwright (Debian's binary, never a downloaded one)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh browser context and page with a phone-sized viewport (360 × 740)."""
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    pg = ctx.new_page()
    yield pg
    ctx.close()
