"""deploy/nginx.conf in a real nginx on 127.0.0.1, serving the real handbook: headers and behaviour."""

from __future__ import annotations

import gzip
import http.client
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.support.html import html_lang
from tests.support.nginx import Nginx
from tests.support.static_server import StaticServer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nginx(real_site):
    with Nginx(real_site) as server:
        yield server


def get(server, path: str, gzip_ok: bool = False) -> tuple[int, dict[str, str], bytes]:
    """GET *path* from *server*: (status, headers with lower-case names, raw body)."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", "/" + path, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    r = conn.getresponse()
    body = r.read()
    conn.close()
    headers: dict[str, str] = {}
    for k, v in r.getheaders():
        headers[k.lower()] = f"{headers[k.lower()]}, {v}" if k.lower() in headers else v
    return r.status, headers, body


def directives(csp: str) -> dict[str, str]:
    return {
        d.split(" ", 1)[0]: d.split(" ", 1)[1] if " " in d else ""
        for d in (x.strip() for x in csp.split(";"))
        if d
    }


def embed_view(site: Path) -> str:
    return next(p for p in sorted(site.rglob("embed.html")) if p.parent != site).relative_to(site).as_posix()


def test_pages_carry_the_builds_csp_and_security_headers(nginx, real_site):
    status, h, _ = get(nginx, "vneid/")
    assert status == 200
    csp = directives(h["content-security-policy"])
    built = directives(json.loads((real_site / "csp-hashes.json").read_text(encoding="utf-8"))["policy"])
    assert csp["script-src"] == built["script-src"] and csp["script-src"].startswith("'self' 'sha256-")
    assert csp["frame-ancestors"] == "'none'" and h["x-frame-options"] == "DENY"
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "same-origin"
    assert "set-cookie" not in h and "server" not in h or "nginx/" not in h.get("server", "")


def test_only_embed_views_may_be_framed_by_other_sites(nginx, real_site):
    _, h, _ = get(nginx, embed_view(real_site))
    assert directives(h["content-security-policy"])["frame-ancestors"] == "*"
    assert "x-frame-options" not in h


def test_unknown_addresses_get_the_404_page_of_their_language_with_status_404(nginx):
    status, _, body = get(nginx, "khong-co-trang-nay/")
    assert status == 404 and html_lang(body.decode()) == "vi"
    status, _, body = get(nginx, "en/no-such-page/")
    assert status == 404 and html_lang(body.decode()) == "en"


def test_text_is_gzipped(nginx, real_site):
    bundle = next((real_site / "assets" / "javascripts").glob("bundle.*.min.js")).name
    for path in ("", "assets/stylesheets/sotay.css", f"assets/javascripts/{bundle}", "catalog.json"):
        status, h, body = get(nginx, path, gzip_ok=True)
        assert status == 200 and h.get("content-encoding") == "gzip", path
        assert "Accept-Encoding" in h.get("vary", ""), path
        assert gzip.decompress(body)


def test_versioned_files_are_cached_for_a_year_and_the_rest_revalidated(nginx, real_site):
    bundle = next((real_site / "assets" / "javascripts").glob("bundle.*.min.js")).name
    shard = next(p for p in (real_site / "search").rglob("*") if p.is_file() and p.parent.name != "search")
    year = "public, max-age=31536000, immutable"
    assert get(nginx, f"assets/javascripts/{bundle}")[1]["cache-control"] == year
    assert get(nginx, shard.relative_to(real_site).as_posix())[1]["cache-control"] == year
    for path in ("", "en/vneid/", "sw.js", "search/meta.json", "catalog.json"):
        assert get(nginx, path)[1]["cache-control"] == "no-cache", path
    assert get(nginx, "assets/stylesheets/sotay.css")[1]["cache-control"] == "public, max-age=3600"


def test_portals_may_read_the_catalog_and_the_app_manifest_has_its_type(nginx):
    assert get(nginx, "catalog.json")[1]["access-control-allow-origin"] == "*"
    assert "access-control-allow-origin" not in get(nginx, "")[1]
    assert get(nginx, "manifest.webmanifest")[1]["content-type"].startswith("application/manifest+json")
    assert get(nginx, "csp.nginx.conf")[0] == 404


def test_pages_work_in_a_browser_under_nginx_and_set_no_cookie(nginx, page, watch):
    w = watch(page, nginx.url.rstrip("/"))
    violations: list[str] = []
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    for path in ("", "en/vneid/"):
        page.goto(nginx.url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("() => document.cookie") == ""
    assert violations == [] and w.errors == [] and w.failed == [] and w.third_party == []


def test_a_portal_can_frame_an_embed_view_but_not_a_page(nginx, real_site, page, tmp_path):
    view = embed_view(real_site)
    (tmp_path / "portal.html").write_text(
        '<!doctype html><html lang="vi"><title>Cổng</title>'
        f'<iframe id="view" title="v" src="{nginx.url}{view}"></iframe>'
        f'<iframe id="page" title="p" src="{nginx.url}vneid/"></iframe>',
        encoding="utf-8",
    )
    with StaticServer(tmp_path) as portal:
        assert urlsplit(portal.url).port != nginx.port
        page.goto(portal.url + "portal.html")
        expect(page.frame_locator("#view").locator("[data-sotay-embed-view]")).to_be_attached()
        page.wait_for_load_state("networkidle")
        framed = {f.name or f.url: f.url for f in page.frames[1:]}
        assert any(u.endswith(view) for u in framed.values())
        blocked = page.frame_locator("#page").locator("article")
        expect(blocked).to_have_count(0)
