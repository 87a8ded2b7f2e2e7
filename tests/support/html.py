"""Small HTML helpers for build tests (standard library only)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def tags(html: str, name: str | None = None) -> list[dict[str, str]]:
    """Return the attributes of every start tag (of *name*, when given) in *html*."""
    c = _Collector()
    c.feed(html)
    return [a for t, a in c.tags if name is None or t == name]


def html_lang(html: str) -> str:
    """The ``lang`` attribute of the ``<html>`` element."""
    return tags(html, "html")[0].get("lang", "")


def read(site: Path, url_path: str) -> str:
    """Read the page the browser gets for *url_path* (``/en/`` → ``en/index.html``)."""
    rel = url_path.strip("/")
    target = site / rel
    if target.is_dir() or not rel:
        target = target / "index.html"
    return target.read_text(encoding="utf-8")


EXTERNAL_ASSET = re.compile(
    r"""(?:<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc|<link\b[^>]*\bhref)\s*=\s*["']?(?:https?:)?//""",
    re.I,
)
CSS_EXTERNAL = re.compile(
    r"""url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:url\()?\s*["']?(?:https?:)?//""", re.I
)


def external_asset_references(site: Path) -> list[str]:
    """Every place in the built site that would make a browser load something from another host.

    ``<link rel="alternate|canonical|...">`` tags are metadata, not loads, and are skipped.
    """
    found = []
    for path in site.rglob("*"):
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8", errors="replace")
            for m in EXTERNAL_ASSET.finditer(text):
                tag = text[m.start() : text.find(">", m.start()) + 1]
                if tag.startswith("<link") and not re.search(
                    r'rel="?(stylesheet|preload|modulepreload|icon|manifest)', tag
                ):
                    continue
                found.append(f"{path.relative_to(site)}: {tag[:120]}")
        elif path.suffix == ".css":
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [f"{path.relative_to(site)}: {m.group(0)}" for m in CSS_EXTERNAL.finditer(text)]
    return found
