"""Iframe views: ``embed.html`` beside each page, the article alone (no header, navigation, footer).

The view loads ``embed-view.js``, which reports the content height to the parent page
(``postMessage``); the portal's ``embed-resize.js`` sizes the iframe to it. Every link in the view
opens the full handbook in a new tab.
"""

from __future__ import annotations

import re
from html import escape

from sotay.build.page_meta import relative_root
from sotay.build.pipeline import SiteInfo
from sotay.ui_strings import strings_for

EMBED_FILE = "embed.html"
CONTENT_START, CONTENT_END = "<!--sotay:content-->", "<!--/sotay:content-->"  # set by main.html
_DROP = [
    re.compile(r'<a\b[^>]*class="md-content__button[^"]*"[^>]*>.*?</a>', re.S),  # edit this page
    re.compile(r'<a\b[^>]*class="headerlink"[^>]*>.*?</a>', re.S),  # heading permalinks
]
_LINK = re.compile(r"<a\b([^>]*)>")
_BODY = re.compile(r"<body\b([^>]*)>")
# Kept after the content: script files, except the theme's bundle (it needs the header and navigation
# the view leaves out). Inline theme helpers go too: they read localStorage, which a browser denies a
# page framed by another site, so they would throw there.
_KEPT_SCRIPT = re.compile(r'<script\b[^>]*\bsrc="(?![^"]*assets/javascripts/bundle\.)[^"]*"[^>]*></script>')


def _new_tab(match: re.Match) -> str:
    attrs = match.group(1)
    href = re.search(r'\bhref="([^"]*)"', attrs)
    if not href or href.group(1).startswith("#") or re.search(r"\btarget=", attrs):
        return match.group(0)
    return f'<a{attrs} target="_blank" rel="noopener">'


def embed_view_html(page_html: str, page_url: str, lang: str, rel_root: str) -> str | None:
    """The embed view of a built page (its marked content only), or None when it has no marked content."""
    start = page_html.find(CONTENT_START)
    close = page_html.find(CONTENT_END, start)
    head_end = page_html.find("</head>")
    body = _BODY.search(page_html)
    if start < 0 or close < 0 or head_end < 0 or not body:
        return None
    article = page_html[start + len(CONTENT_START) : close]
    for pattern in _DROP:
        article = pattern.sub("", article)
    article = _LINK.sub(_new_tab, article)
    scripts = "\n".join(_KEPT_SCRIPT.findall(page_html[close:]))
    t = strings_for(lang)
    return (
        page_html[:head_end]
        + '<meta name="robots" content="noindex">\n</head>\n'
        + f'<body{body.group(1)} class="sotay-embed">\n'
        + '<main class="md-content sotay-embed__main" data-sotay-embed-view>\n'
        + f'<article class="md-content__inner md-typeset">{article}</article>\n'
        + f'<p class="sotay-embed__source md-typeset"><a href="{escape(page_url)}" target="_blank"'
        + f' rel="noopener">{escape(t["embed_open_full"])}</a></p>\n</main>\n'
        + scripts
        + f'\n<script src="{rel_root}assets/javascripts/embed-view.js"></script>\n</body>\n</html>\n'
    )


def write_embed_views(info: SiteInfo) -> None:
    """Post-build step: write ``embed.html`` beside every page (needs :func:`write_catalog` first)."""
    for page in info.extra["pages"]:
        html = embed_view_html(
            page.path.read_text(encoding="utf-8"),
            page.url,
            page.lang,
            relative_root(page.path, info.site_dir),
        )
        if html is not None:
            (page.path.parent / EMBED_FILE).write_text(html, encoding="utf-8")
