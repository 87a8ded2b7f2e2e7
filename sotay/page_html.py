"""Per-page HTML fixes applied to each rendered page (pure string functions)."""

from __future__ import annotations

import re

_HEAD_HREFLANG = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def drop_head_hreflang_links(html: str) -> str:
    """Remove per-page ``<link rel="alternate" hreflang>`` from the ``<head>``.

    Material's JS fetches ``sitemap.xml`` relative to every such link, which 404s for per-page
    alternates. The sitemap already lists every page's hreflang alternates for search engines,
    and the visible language switcher links straight to the translated page.
    """
    head_end = html.find("</head>")
    if head_end < 0:
        return html
    return _HEAD_HREFLANG.sub("", html[:head_end]) + html[head_end:]


def localize_permalink_titles(html: str, title: str) -> str:
    """Replace Python-Markdown's English heading-permalink tooltip with *title*."""
    return html.replace('title="Permanent link"', f'title="{title}"')
