"""``catalog.json``: every page of the handbook, for the embed widget and for portals.

Shape (stable; portals rely on it)::

    {"version": 1, "site": "<site_url>", "languages": ["vi", "en"],
     "home": {"vi": url, "en": url}, "name": {"vi": ..., "en": ...},
     "strings": {"vi": {...}, "en": {...}},          # the widget's UI strings
     "chapters": [{"id", "lang", "title", "url"}],
     "pages": [{"title", "description", "url", "lang", "chapter", "tags", "updated", "type",
                "content_lang"}]}
"""

from __future__ import annotations

import json

from sotay.build.page_meta import PageMeta, iter_pages
from sotay.build.pipeline import SiteInfo
from sotay.ui_strings import strings_for

CATALOG_FILE = "catalog.json"
# The UI strings the widget (embed.js) needs, read from the catalog.
WIDGET_STRINGS = ("embed_more", "embed_tag_title", "embed_search_label", "embed_search_button", "new_tab")


def page_entry(page: PageMeta) -> dict:
    """One page of the catalog."""
    return {
        "title": page.title,
        "description": page.description,
        "url": page.url,
        "lang": page.lang,
        "chapter": page.chapter,
        "tags": page.tags,
        "updated": page.updated,
        "type": page.type,
        "content_lang": page.content_lang,
    }


def home_url(info: SiteInfo, lang: str) -> str:
    """Absolute address of *lang*'s home page."""
    return info.site_url if lang == info.default_language else f"{info.site_url}{lang}/"


def build_catalog(info: SiteInfo, pages: list[PageMeta]) -> dict:
    """The catalog of *pages* (as :func:`iter_pages` returns them)."""
    names = {p.lang: p.site_name for p in pages if not p.rel}
    return {
        "version": 1,
        "site": info.site_url,
        "languages": list(info.languages),
        "home": {lang: home_url(info, lang) for lang in info.languages},
        "name": {lang: names.get(lang, "") for lang in info.languages},
        "strings": {lang: {k: strings_for(lang)[k] for k in WIDGET_STRINGS} for lang in info.languages},
        "chapters": [
            {"id": p.chapter, "lang": p.lang, "title": p.title, "url": p.url}
            for p in pages
            if p.is_chapter_index
        ],
        "pages": [page_entry(p) for p in pages],
    }


def write_catalog(info: SiteInfo) -> None:
    """Post-build step: write ``catalog.json`` at the site root; keep the pages for later steps."""
    pages = list(iter_pages(info))
    info.extra["pages"] = pages
    catalog = build_catalog(info, pages)
    info.extra["catalog"] = catalog
    text = json.dumps(catalog, ensure_ascii=False, separators=(",", ":"))
    (info.site_dir / CATALOG_FILE).write_text(text, encoding="utf-8")
