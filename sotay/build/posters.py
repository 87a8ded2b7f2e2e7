"""Printable A4 posters (``poster.html`` beside the page) for each chapter and how-to guide.

A poster is one A4 page: the handbook's name, the guide's title and summary, a large QR code
(the page's ``qr.svg``) and the page's address written out for people who type it.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from sotay.build.page_meta import PageMeta, relative_root
from sotay.build.pipeline import SiteInfo
from sotay.social import has_poster
from sotay.ui_strings import strings_for

POSTER_FILE = "poster.html"
LONG_TITLE = 60  # characters; longer titles get a smaller font so the poster stays one page


def short_address(url: str) -> str:
    """The address as people type it: no scheme, no trailing slash."""
    parts = urlsplit(url)
    return (parts.netloc + parts.path).rstrip("/")


def poster_html(page: PageMeta, rel_root: str) -> str:
    """The poster of *page*; *rel_root* is the relative path from the page's folder to the site root."""
    t = strings_for(page.lang)
    size = " poster--long" if len(page.title) > LONG_TITLE else ""
    lang = escape(page.content_lang)
    return f"""<!doctype html>
<html lang="{escape(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>{escape(t["poster_title"])}: {escape(page.title)}</title>
<link rel="icon" href="{rel_root}assets/brand/favicon.svg">
<link rel="stylesheet" href="{rel_root}assets/stylesheets/sotay-poster.css">
</head>
<body class="sotay-poster">
<p class="poster-tools"><button type="button" data-sotay-print hidden>{escape(t["poster_print"])}</button>
<a href="./">{escape(page.title)}</a></p>
<main class="poster{size}" data-sotay-poster>
<header class="poster__brand"><img src="{rel_root}assets/brand/logo.svg" alt="" width="96" height="96">
<p>{escape(page.site_name)}</p></header>
<h1 lang="{lang}">{escape(page.title)}</h1>
<p class="poster__summary" lang="{lang}">{escape(page.description)}</p>
<figure class="poster__qr"><img src="qr.svg" alt="{escape(t["share_qr_alt"])}">
<figcaption>{escape(t["poster_scan"])}</figcaption></figure>
<p class="poster__address">{escape(t["poster_address"])}<br><strong>{escape(short_address(page.url))}</strong></p>
</main>
<script src="{rel_root}assets/javascripts/sotay-share.js" defer></script>
</body>
</html>
"""


def write_posters(info: SiteInfo) -> None:
    """Post-build step: write ``poster.html`` for chapters and how-to guides (after the QR codes)."""
    for page in info.extra["pages"]:
        if has_poster(page.type, page.rel):
            html = poster_html(page, relative_root(page.path, info.site_dir))
            (page.path.parent / POSTER_FILE).write_text(html, encoding="utf-8")
