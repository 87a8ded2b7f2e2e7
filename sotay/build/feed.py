"""An Atom feed per language (``feed.xml`` at each language's root) of new and updated guides."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from sotay.build.catalog import home_url
from sotay.build.page_meta import PageMeta
from sotay.build.pipeline import SiteInfo
from sotay.ui_strings import strings_for

FEED_FILE = "feed.xml"
FEED_SIZE = 50
SKIPPED_TYPES = frozenset({"quiz"})


def feed_entries(pages: list[PageMeta], lang: str, limit: int = FEED_SIZE) -> list[PageMeta]:
    """*lang*'s dated guides (no quizzes), most recently updated first, then in reading order."""
    dated = [p for p in pages if p.lang == lang and p.updated and p.type not in SKIPPED_TYPES]
    dated.sort(key=lambda p: p.order)
    dated.sort(key=lambda p: p.updated, reverse=True)
    return dated[:limit]


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def atom_feed(
    entries: list[PageMeta], *, feed_url: str, home: str, title: str, lang: str, author: str
) -> str:
    """Atom 1.0 XML for *entries* (deterministic: the feed's date is its newest entry's)."""
    updated = _stamp(max((e.updated for e in entries), default="1970-01-01"))
    items = []
    for e in entries:
        items.append(
            "<entry>"
            f"<title>{escape(e.title)}</title>"
            f'<link rel="alternate" type="text/html" href={quoteattr(e.url)}/>'
            f"<id>{escape(e.url)}</id>"
            f"<updated>{_stamp(e.updated or '1970-01-01')}</updated>"
            f"<summary>{escape(e.description)}</summary>"
            + "".join(f"<category term={quoteattr(tag)}/>" for tag in e.tags)
            + "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">'
        f"<title>{escape(title)}</title>"
        f'<link rel="self" type="application/atom+xml" href={quoteattr(feed_url)}/>'
        f'<link rel="alternate" type="text/html" href={quoteattr(home)}/>'
        f"<id>{escape(feed_url)}</id>"
        f"<updated>{updated}</updated>"
        f"<author><name>{escape(author)}</name></author>" + "\n".join(items) + "</feed>\n"
    )


def write_feeds(info: SiteInfo) -> None:
    """Post-build step: write each language's ``feed.xml`` (needs :func:`write_catalog` first)."""
    pages = info.extra["pages"]
    for lang in info.languages:
        home = home_url(info, lang)
        names = info.extra["catalog"]["name"]
        xml = atom_feed(
            feed_entries(pages, lang),
            feed_url=home + FEED_FILE,
            home=home,
            title=strings_for(lang)["feed_title"],
            lang=lang,
            author=names.get(lang) or strings_for(lang)["og_image_alt"],
        )
        (info.lang_dir(lang) / FEED_FILE).write_text(xml, encoding="utf-8")
