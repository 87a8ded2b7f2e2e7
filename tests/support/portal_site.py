"""Fixtures for the portal features: the portal fixture handbook, built for the address it is served at.

The handbook is served on 127.0.0.1 (with the CORS header a static host sends for catalog.json);
``portal_host`` serves plain "portal" pages of another organisation on 127.0.0.2.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sotay.build.publish import build_atomically
from tests.support.static_server import StaticServer

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "portal"
CORS = {"Access-Control-Allow-Origin": "*"}


@pytest.fixture(scope="session")
def portal_handbook(tmp_path_factory):
    """The portal fixture handbook, built with ``site_url`` = the address it is served at."""
    site = tmp_path_factory.mktemp("portal-handbook") / "site"
    with StaticServer(site, headers=CORS) as server:
        before = os.environ.get("SOTAY_SITE_URL")
        os.environ["SOTAY_SITE_URL"] = server.url
        try:
            build_atomically(FIXTURE / "mkdocs.yml", site)
        finally:
            if before is None:
                os.environ.pop("SOTAY_SITE_URL", None)
            else:
                os.environ["SOTAY_SITE_URL"] = before
        server.site = site
        yield server


@pytest.fixture(scope="session")
def portal_site(portal_handbook) -> Path:
    """The built folder of the portal fixture handbook."""
    return portal_handbook.site


@pytest.fixture(scope="session")
def portal_host(tmp_path_factory):
    """Another organisation's site on 127.0.0.2: write pages into ``.root`` and open ``.url + name``."""
    root = tmp_path_factory.mktemp("portal-host")
    with StaticServer(root, host="127.0.0.2") as server:
        server.root = root
        yield server
