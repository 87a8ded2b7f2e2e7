"""The agencies' page snippets: one set of templates, absolute URLs, escaped values, all four kinds."""

import gzip
import json
import re
from html import unescape
from pathlib import Path

from sotay.build.embed_snippets import KINDS, TEMPLATES, fill_agencies_page, render_snippet, snippet_values
from sotay.build.pipeline import SiteInfo
from tests.support.html import tags

ROOT = Path(__file__).resolve().parents[2]
JS = ROOT / "overrides" / "assets" / "javascripts"
SITE = "https://sotay.example.vn/"


def info():
    catalog = {
        "name": {"vi": "Sổ tay", "en": "Handbook"},
        "chapters": [
            {"id": "vneid", "lang": "vi", "title": "VNeID & <định danh>", "url": SITE + "vneid/"},
            {"id": "vneid", "lang": "en", "title": "VNeID", "url": SITE + "en/vneid/"},
        ],
    }
    return SiteInfo(Path("."), SITE, ("vi", "en"), "vi", extra={"catalog": catalog})


def test_every_snippet_uses_absolute_addresses_of_the_handbook():
    values = snippet_values(info())
    for lang, choices in values.items():
        for choice in choices.values():
            for kind in KINDS:
                snippet = render_snippet(kind, choice)
                urls = re.findall(r'(?:href|src|action)="([^"]+)"', snippet)
                assert urls and all(u.startswith(SITE) for u in urls), (lang, kind, urls)


def test_snippets_for_a_chapter_point_at_the_chapter_in_the_chosen_language():
    en = snippet_values(info())["en"]["vneid"]
    assert 'data-chapter="vneid"' in render_snippet("widget", en)
    assert 'data-lang="en"' in render_snippet("widget", en)
    assert f'src="{SITE}en/vneid/embed.html"' in render_snippet("iframe", en)
    assert f'action="{SITE}en/"' in render_snippet("search", en)
    assert render_snippet("link", en) == f'<a href="{SITE}en/vneid/">Digital Literacy Handbook: VNeID</a>'


def test_values_are_escaped_so_a_title_cannot_break_the_snippet():
    vi = snippet_values(info())["vi"]["vneid"]
    link = render_snippet("link", vi)
    assert "VNeID &amp; &lt;định danh&gt;" in link
    assert unescape(tags(link, "a")[0]["href"]) == SITE + "vneid/"


def test_the_agencies_page_slots_are_filled_with_marked_snippets_and_the_form():
    values = snippet_values(info())
    slots = "".join(f'<div data-sotay-embed-slot="{k}"></div>' for k in KINDS)
    html = fill_agencies_page(f"<div data-sotay-embed-form></div>{slots}", values, "vi")
    pres = [t for t in tags(html, "pre") if "data-embed-snippet" in t]
    assert [p["data-embed-kind"] for p in pres] == list(KINDS)
    form = [t for t in tags(html, "form") if "data-embed-form" in t][0]
    data = json.loads(form["data-embed-data"])
    assert data == {"templates": TEMPLATES, "values": values}, "the form's script fills the same templates"
    selects = {s["name"] for s in tags(html, "select")}
    assert selects == {"chapter", "lang"}


def test_the_real_agencies_pages_have_the_form_and_all_four_snippets():
    for lang in ("vi", "en"):
        text = (ROOT / "docs" / lang / "nhung" / "index.md").read_text(encoding="utf-8")
        assert "<div data-sotay-embed-form></div>" in text
        for kind in KINDS:
            assert f'<div data-sotay-embed-slot="{kind}"></div>' in text, (lang, kind)


def test_the_widget_script_stays_within_its_6_kb_gzipped_budget():
    size = len(gzip.compress((JS / "embed.js").read_bytes(), 9))
    assert size <= 6 * 1024, f"embed.js is {size} bytes gzipped"
    assert len(gzip.compress((JS / "embed-resize.js").read_bytes(), 9)) <= 1024, "the resize helper is tiny"


def test_the_embed_scripts_set_no_cookies_and_call_no_one_else():
    for name in ("embed.js", "embed-resize.js", "embed-view.js"):
        source = (JS / name).read_text(encoding="utf-8")
        assert "document.cookie" not in source and "localStorage" not in source, name
        assert not re.search(r"https?://", source), f"{name} talks only to the handbook it came from"
    assert 'credentials: "omit"' in (JS / "embed.js").read_text(encoding="utf-8")
