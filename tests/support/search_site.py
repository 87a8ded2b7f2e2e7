"""Fixtures for search: the search fixture handbook (Vietnamese pages with đ, abbreviations,
old-style tone marks and a hidden quiz answer, plus a few English pages), built and served."""

from __future__ import annotations

from pathlib import Path

import pytest

from sotay.build.publish import build_atomically
from tests.support.static_server import StaticServer

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "search"


@pytest.fixture(scope="session")
def search_site(tmp_path_factory) -> Path:
    """The search fixture handbook, built once per test session."""
    return build_atomically(FIXTURE / "mkdocs.yml", tmp_path_factory.mktemp("search") / "site")


@pytest.fixture(scope="session")
def search_server(search_site):
    """The search fixture handbook served on 127.0.0.1."""
    with StaticServer(search_site) as srv:
        yield srv
