"""catalog.json and the Atom feeds, from pages whose heads our template wrote (social.head_meta)."""

import json
import xml.etree.ElementTree as ET

import pytest

from sotay.build.catalog import build_catalog, write_catalog
from sotay.build.feed import atom_feed, feed_entries, write_feeds
from sotay.build.page_meta import iter_pages
from sotay.build.pipeline import SiteInfo
from sotay.social import PageFacts, head_meta
from sotay.ui_strings import strings_for

SITE = "https://sotay.example.vn/"
ATOM = "{http://www.w3.org/2005/Atom}"


def write_page(site, rel, lang="vi", *, content_lang=None, order=0, **facts):
    home = SITE if lang == "vi" else f"{SITE}{lang}/"
    folder = site if lang == "vi" else site / lang
    (folder / rel).mkdir(parents=True, exist_ok=True)
    f = PageFacts(
        url=home + rel,
        title=facts.pop("title", rel or "Home"),
        description=facts.pop("description", "Một câu mô tả."),
        lang=lang,
        site_name="Sổ tay" if lang == "vi" else "Handbook",
        site_url=home,
        asset_root=SITE,
        content_lang=content_lang or lang,
        order=order,
        rel=rel,
        **facts,
    )
    html = f'<!doctype html><html lang="{lang}"><head>{head_meta(f, strings_for(lang))}</head><body></body></html>'
    (folder / rel / "index.html").write_text(html, encoding="utf-8")


@pytest.fixture
def site(tmp_path):
    write_page(tmp_path, "", type="overview", order=1)
    write_page(tmp_path, "vneid/", type="overview", title="VNeID", order=2, updated="2026-11-01")
    write_page(tmp_path, "vneid/cai-dat/", type="howto", tags=["vneid", "otp"], updated="2026-11-25", order=3)
    write_page(tmp_path, "vneid/kiem-tra/", type="quiz", updated="2026-11-28", order=4)
    write_page(tmp_path, "vneid/cu/", type="lesson", updated="2026-10-01", order=5, title="A & <b>")
    write_page(tmp_path, "", "en", type="overview", order=1)
    write_page(tmp_path, "vneid/", "en", type="overview", title="VNeID (en)", order=2, updated="2026-11-01")
    write_page(
        tmp_path, "vneid/cai-dat/", "en", content_lang="vi", type="howto", order=3, updated="2026-11-25"
    )
    (tmp_path / "assets" / "x").mkdir(parents=True)
    (tmp_path / "assets" / "x" / "index.html").write_text("<html><head></head></html>")
    (tmp_path / "search").mkdir()
    return SiteInfo(site_dir=tmp_path, site_url=SITE, languages=("vi", "en"), default_language="vi")


def test_catalog_lists_every_page_with_its_facts(site):
    write_catalog(site)
    catalog = json.loads((site.site_dir / "catalog.json").read_text(encoding="utf-8"))
    urls = [p["url"] for p in catalog["pages"]]
    assert urls == [
        SITE,
        SITE + "vneid/",
        SITE + "vneid/cai-dat/",
        SITE + "vneid/kiem-tra/",
        SITE + "vneid/cu/",
        SITE + "en/",
        SITE + "en/vneid/",
        SITE + "en/vneid/cai-dat/",
    ], "every page once, in reading order, Vietnamese first"
    guide = catalog["pages"][2]
    assert guide == {
        "title": "vneid/cai-dat/",
        "description": "Một câu mô tả.",
        "url": SITE + "vneid/cai-dat/",
        "lang": "vi",
        "chapter": "vneid",
        "tags": ["vneid", "otp"],
        "updated": "2026-11-25",
        "type": "howto",
        "content_lang": "vi",
    }
    assert catalog["pages"][4]["title"] == "A & <b>"
    assert catalog["pages"][0]["chapter"] == "" and catalog["pages"][0]["updated"] is None
    assert catalog["pages"][7]["content_lang"] == "vi", (
        "an untranslated English page says its text is Vietnamese"
    )
    assert catalog["home"] == {"vi": SITE, "en": SITE + "en/"}
    assert catalog["name"] == {"vi": "Sổ tay", "en": "Handbook"}
    assert catalog["chapters"] == [
        {"id": "vneid", "lang": "vi", "title": "VNeID", "url": SITE + "vneid/"},
        {"id": "vneid", "lang": "en", "title": "VNeID (en)", "url": SITE + "en/vneid/"},
    ]
    assert catalog["strings"]["en"]["embed_search_button"] == "Search"


def test_pages_without_our_meta_are_not_in_the_catalog(site):
    (site.site_dir / "khac").mkdir()
    (site.site_dir / "khac" / "index.html").write_text("<html lang='vi'><head><title>x</title></head></html>")
    assert all(p.rel != "khac/" for p in iter_pages(site))


def test_feed_lists_dated_guides_newest_first_without_quizzes(site):
    pages = list(iter_pages(site))
    vi = feed_entries(pages, "vi")
    assert [p.rel for p in vi] == ["vneid/cai-dat/", "vneid/", "vneid/cu/"]
    assert len(feed_entries(pages, "vi", limit=2)) == 2


def test_feed_is_valid_atom_with_absolute_links(site):
    write_catalog(site)
    write_feeds(site)
    root = ET.fromstring((site.site_dir / "feed.xml").read_bytes())
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}updated").text == "2026-11-25T00:00:00Z", (
        "the feed is as new as its newest guide"
    )
    assert root.find(f"{ATOM}id").text == SITE + "feed.xml"
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [
        SITE + "vneid/cai-dat/",
        SITE + "vneid/",
        SITE + "vneid/cu/",
    ]
    assert entries[2].find(f"{ATOM}title").text == "A & <b>"
    assert [c.get("term") for c in entries[0].findall(f"{ATOM}category")] == ["vneid", "otp"]
    en = ET.fromstring((site.site_dir / "en" / "feed.xml").read_bytes())
    assert en.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert en.find(f"{ATOM}title").text == strings_for("en")["feed_title"]


def test_feed_without_entries_is_still_valid():
    xml = atom_feed([], feed_url=SITE + "feed.xml", home=SITE, title="t", lang="vi", author="a")
    assert ET.fromstring(xml.encode()).find(f"{ATOM}updated").text == "1970-01-01T00:00:00Z"


def test_catalog_is_built_from_the_pages_it_is_given(site):
    catalog = build_catalog(site, [])
    assert catalog["pages"] == [] and catalog["chapters"] == [] and catalog["version"] == 1
