"""The portal fixture handbook, built: catalog, feeds, QR codes, embed views, posters, redirects, meta."""

import json
import struct
import xml.etree.ElementTree as ET

from sotay.build.embed_snippets import KINDS
from tests.support.html import read, tags

ATOM = "{http://www.w3.org/2005/Atom}"


def metas(html: str) -> dict[str, str]:
    return {
        m.get("property") or m.get("name"): m.get("content", "")
        for m in tags(html.split("</head>")[0], "meta")
    }


def test_catalog_has_every_page_of_both_languages(portal_site, portal_handbook):
    site = portal_handbook.url
    catalog = json.loads((portal_site / "catalog.json").read_text(encoding="utf-8"))
    by_url = {p["url"]: p for p in catalog["pages"]}
    assert len(by_url) == len(catalog["pages"]) == 14
    guide = by_url[site + "vneid/cai-dat/"]
    assert guide["title"] == "Cài đặt VNeID và kích hoạt tài khoản"
    assert guide["chapter"] == "vneid" and guide["tags"] == ["vneid", "otp"]
    shown = [t["datetime"] for t in tags(read(portal_site, "/vneid/cai-dat/"), "time")]
    assert guide["updated"] in shown, "the catalog's date is the 'last updated' date the page shows"
    assert guide["description"].startswith("Tải ứng dụng VNeID")
    untranslated = by_url[site + "en/an-toan/otp/"]
    assert untranslated["lang"] == "en" and untranslated["content_lang"] == "vi"
    assert [c["id"] for c in catalog["chapters"] if c["lang"] == "vi"] == ["vneid", "an-toan"]
    assert catalog["home"]["en"] == site + "en/"


def test_each_language_has_an_atom_feed_and_pages_do_not_link_it_in_their_head(portal_site, portal_handbook):
    for prefix in ("", "en/"):
        feed = ET.fromstring((portal_site / prefix / "feed.xml").read_bytes())
        entries = feed.findall(f"{ATOM}entry")
        links = [e.find(f"{ATOM}link").get("href") for e in entries]
        dates = [e.find(f"{ATOM}updated").text for e in entries]
        assert dates == sorted(dates, reverse=True), "newest first"
        assert feed.find(f"{ATOM}updated").text == dates[0]
        assert f"{portal_handbook.url}{prefix}vneid/cai-dat/" in links
        assert all(link.startswith(portal_handbook.url + prefix) for link in links)
        head = read(portal_site, f"/{prefix}vneid/").split("</head>")[0]
        feeds = [link for link in tags(head, "link") if link.get("type") == "application/atom+xml"]
        assert feeds == [], "Material would fetch sitemap.xml beside a head feed link on every page view"


def test_link_previews_use_our_png_image_and_the_page_title(portal_site, portal_handbook):
    m = metas(read(portal_site, "/en/vneid/cai-dat/"))
    assert m["og:title"] == "Install VNeID and activate your account"
    assert m["og:url"] == portal_handbook.url + "en/vneid/cai-dat/"
    assert m["og:image"] == portal_handbook.url + "assets/brand/og-image.png"
    png = (portal_site / "assets" / "brand" / "og-image.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (1200, 630), "the size Facebook and Zalo show best"
    assert len(png) < 100_000


def test_every_page_has_a_qr_code_an_embed_view_and_a_share_panel(portal_site):
    catalog = json.loads((portal_site / "catalog.json").read_text(encoding="utf-8"))
    for page in catalog["pages"]:
        rel = page["url"].split("/", 3)[3]
        folder = portal_site / rel
        assert (folder / "qr.svg").is_file(), rel
        assert (folder / "embed.html").is_file(), rel
        assert "data-sotay-share" in (folder / "index.html").read_text(encoding="utf-8"), rel


def test_embed_views_show_the_content_only_and_open_links_in_a_new_tab(portal_site):
    html = (portal_site / "vneid" / "cai-dat" / "embed.html").read_text(encoding="utf-8")
    for part in (
        "md-header",
        "md-sidebar",
        "md-footer",
        "data-sotay-share",
        "md-content__button",
        "headerlink",
    ):
        assert part not in html, part
    assert "Cài đặt VNeID và kích hoạt tài khoản</h1>" in html
    links = [a for a in tags(html, "a") if a.get("href")]
    outside = [a for a in links if not a["href"].startswith("#")]
    assert outside and all(a.get("target") == "_blank" for a in outside)
    assert all(a.get("target") is None for a in links if a["href"].startswith("#")), "in-page anchors stay"
    assert 'name="robots" content="noindex"' in html
    assert "embed-view.js" in html and "bundle." not in html


def test_posters_exist_for_chapters_and_how_to_guides_only(portal_site):
    posters = sorted(p.parent.relative_to(portal_site).as_posix() for p in portal_site.rglob("poster.html"))
    assert posters == [
        "an-toan",
        "an-toan/otp",
        "en/an-toan",
        "en/an-toan/otp",
        "en/vneid",
        "en/vneid/cai-dat",
        "vneid",
        "vneid/cai-dat",
    ]
    html = (portal_site / "vneid" / "cai-dat" / "poster.html").read_text(encoding="utf-8")
    assert '<img src="qr.svg"' in html and "Cài đặt VNeID và kích hoạt tài khoản" in html
    assert "/vneid/cai-dat</strong>" in html, "the address is written out for people who type it"


def test_a_moved_page_forwards_to_its_new_address_in_both_languages(portal_site, portal_handbook):
    for prefix in ("", "en/"):
        html = read(portal_site, f"/{prefix}vneid/cai-dat-cu/")
        assert '<meta http-equiv="refresh" content="0; url=../cai-dat/">' in html
        assert f'href="{portal_handbook.url}{prefix}vneid/cai-dat/"' in html


def test_agencies_page_has_all_four_snippets_with_absolute_addresses(portal_site, portal_handbook):
    for prefix, lang in (("", "vi"), ("en/", "en")):
        html = read(portal_site, f"/{prefix}nhung/")
        snippets = [t for t in tags(html, "pre") if "data-embed-snippet" in t]
        assert sorted(s["data-embed-kind"] for s in snippets) == sorted(KINDS)
        assert "data-sotay-embed-slot" not in html and "<div data-sotay-embed-form>" not in html
        assert f"data-lang=&quot;{lang}&quot;" in html
        assert f"src=&quot;{portal_handbook.url}assets/javascripts/embed.js&quot;" in html
        assert "sotay-embed-form.js" in html
