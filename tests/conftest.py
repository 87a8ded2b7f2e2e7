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


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory) -> Path:
    """The tiny fixture handbook, built once per test session."""
    out = tmp_path_factory.mktemp("mini") / "site"
    return build_atomically(FIXTURES / "mini" / "mkdocs.yml", out)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The real handbook, built once per test session (strict)."""
    out = tmp_path_factory.mktemp("real") / "site"
    return build_atomically(ROOT / "mkdocs.yml", out)


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


@pytest.fixture(scope="session")
def real_server(real_site):
    """The real handbook served on 127.0.0.1."""
    with StaticServer(real_site) as srv:
        yield srv


@pytest.fixture(scope="session")
def mini_server(mini_site):
    """The fixture handbook served on 127.0.0.1."""
    with StaticServer(mini_site) as srv:
        yield srv


@pytest.fixture(scope="session")
def quiz_site(tmp_path_factory) -> Path:
    """The fixture handbook with quizzes (tests/fixtures/quiz), built once per test session."""
    out = tmp_path_factory.mktemp("quiz") / "site"
    return build_atomically(FIXTURES / "quiz" / "mkdocs.yml", out)


@pytest.fixture(scope="session")
def quiz_server(quiz_site):
    """The quiz fixture handbook served on 127.0.0.1."""
    with StaticServer(quiz_site) as srv:
        yield srv


@pytest.fixture(scope="session")
def book_site(tmp_path_factory) -> Path:
    """The two-chapter fixture handbook (tests/fixtures/book) for offline, print and PDF tests."""
    out = tmp_path_factory.mktemp("book") / "site"
    return build_atomically(FIXTURES / "book" / "mkdocs.yml", out)


@pytest.fixture(scope="session")
def book_server(book_site):
    """The book fixture handbook served on 127.0.0.1."""
    with StaticServer(book_site) as srv:
        yield srv
