"""The whole handbook as one printable page: pages in reading order behind a table of contents.

Pure functions over each page's rendered HTML (what Markdown produced): the generator glue hands
in the navigation as :class:`BookPage` / :class:`BookSection` items and a template prints the
result. Inside the book every page's ids get a per-page prefix (so ``#cac-buoc`` of two pages do
not clash), links to other handbook pages become in-book anchors (a PDF can then print "see page
12"), other relative addresses are re-based on the book's own address, and each tab of a tabbed
block gets its label printed above it (on paper every tab is shown).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlsplit


@dataclass
class BookPage:
    """One handbook page: its site-relative URL (``vneid/cai-dat/``), title, body HTML, language.

    ``is_index`` marks a folder's overview page (``index.md``), which a chapter's title links to.
    """

    url: str
    title: str
    html: str
    lang: str
    is_index: bool = False


@dataclass
class BookSection:
    """A group of pages in the navigation (a chapter)."""

    title: str
    children: list = field(default_factory=list)


@dataclass
class TocEntry:
    """One line of the book's table of contents (``anchor`` empty for a chapter without a page)."""

    title: str
    anchor: str = ""
    children: list[TocEntry] = field(default_factory=list)


@dataclass
class PreparedPage:
    """A page ready to be printed inside the book."""

    url: str
    title: str
    anchor: str
    html: str
    lang: str


@dataclass
class Book:
    """The table of contents and the pages, in reading order."""

    toc: list[TocEntry]
    pages: list[PreparedPage]


def page_anchor(url: str) -> str:
    """The in-book id of the page at site-relative *url* (``vneid/cai-dat/`` → ``p-vneid-cai-dat``)."""
    path = url.split("#", 1)[0].strip("/")
    path = re.sub(r"(^|/)index\.html$", "", path)
    return "p-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", path).strip("-") or "home")


def flatten(items: list) -> list[BookPage]:
    """Every page under *items*, in reading order."""
    pages: list[BookPage] = []
    for item in items:
        if isinstance(item, BookSection):
            pages += flatten(item.children)
        else:
            pages.append(item)
    return pages


def table_of_contents(items: list) -> list[TocEntry]:
    """The contents: a chapter links to its overview page, which is then not repeated below it."""
    toc = []
    for item in items:
        if isinstance(item, BookSection):
            children = list(item.children)
            anchor = ""
            first = children[0] if children else None
            if isinstance(first, BookPage) and first.is_index:
                anchor = page_anchor(children.pop(0).url)
            toc.append(TocEntry(item.title, anchor, table_of_contents(children)))
        else:
            toc.append(TocEntry(item.title, page_anchor(item.url)))
    return toc


_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
_ID_ATTR = re.compile(r'(?<=\s)(id|for|aria-controls|aria-labelledby|aria-describedby)="([^"]*)"')
_INPUT_NAME = re.compile(r'(<input\b[^>]*?\sname=")([^"]*)(")')
_URL_ATTR = re.compile(r'(?<=\s)(href|src)="([^"]*)"')
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def prefix_ids(html: str, prefix: str) -> str:
    """Give every id (and what points at ids: ``for``, ``aria-*``, ``#`` links) the *prefix*."""

    def ids(m: re.Match) -> str:
        value = " ".join(f"{prefix}--{v}" for v in m.group(2).split())
        return f'{m.group(1)}="{value}"'

    html = _ID_ATTR.sub(ids, html)
    html = _INPUT_NAME.sub(lambda m: f"{m.group(1)}{prefix}--{m.group(2)}{m.group(3)}", html)
    return re.sub(r'(?<=\s)href="#([^"]+)"', lambda m: f'href="#{prefix}--{m.group(1)}"', html)


def _page_path(url: str) -> str:
    """Normalise a site-relative page address for lookups (``a/b/index.html`` → ``a/b/``)."""
    url = re.sub(r"(^|/)index\.html$", r"\1", url)
    return "" if url in ("", ".", "./") else url.rstrip("/") + "/"


def rebase_links(html: str, page_url: str, book_url: str, anchors: dict[str, str]) -> str:
    """Rewrite the relative ``href``/``src`` of a page living at *page_url* for the book at *book_url*.

    Links to a page of the book become ``#<page anchor>`` (``#<page anchor>--<fragment>`` with a
    fragment); other relative addresses are made relative to the book. Absolute ones are kept.
    """
    page_dir = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url) + "/"
    book_dir = book_url if book_url.endswith("/") or not book_url else posixpath.dirname(book_url) + "/"

    def fix(m: re.Match) -> str:
        attr, value = m.group(1), m.group(2)
        if not value or value.startswith(("#", "/")) or _SCHEME.match(value):
            return m.group(0)
        parts = urlsplit(value)
        target = posixpath.normpath(posixpath.join(page_dir, parts.path)) if parts.path else page_dir
        target = "" if target == "." else target
        if attr == "href" and _page_path(target) in anchors:
            anchor = anchors[_page_path(target)]
            return f'href="#{anchor}--{parts.fragment}"' if parts.fragment else f'href="#{anchor}"'
        rel = posixpath.relpath(target or ".", book_dir.rstrip("/") or ".")
        if (parts.path.endswith("/") or not parts.path) and not rel.endswith("/"):
            rel += "/"
        rel += f"?{parts.query}" if parts.query else ""
        rel += f"#{parts.fragment}" if parts.fragment else ""
        return f'{attr}="{rel}"'

    return _URL_ATTR.sub(fix, html)


_TABBED_SET = re.compile(r'<div class="tabbed-labels">(.*?)</div>', re.S)
_LABEL = re.compile(r"<label\b[^>]*>(.*?)</label>", re.S)
_TABBED_BLOCK = '<div class="tabbed-block">'


def label_tabs(html: str) -> str:
    """Print each tab's label (e.g. "Android", "iPhone") at the top of its block."""
    out, pos = [], 0
    for m in _TABBED_SET.finditer(html):
        if m.start() < pos:
            continue
        labels = [re.sub(r"<[^>]+>", "", x).strip() for x in _LABEL.findall(m.group(1))]
        out.append(html[pos : m.end()])
        pos = m.end()
        for label in labels:
            i = html.find(_TABBED_BLOCK, pos)
            if i < 0:
                break
            end = i + len(_TABBED_BLOCK)
            out.append(html[pos:end] + f'\n<p class="sotay-tab-title">{escape(label, quote=False)}</p>')
            pos = end
    out.append(html[pos:])
    return "".join(out)


def prepare_page(page: BookPage, book_url: str, anchors: dict[str, str]) -> PreparedPage:
    """One page's HTML made ready to sit inside the book at *book_url*."""
    anchor = anchors[_page_path(page.url)]
    html = _HEADERLINK.sub("", page.html)
    if "<h1" not in html:
        html = f"<h1>{escape(page.title, quote=False)}</h1>\n{html}"
    html = label_tabs(html)
    html = prefix_ids(html, anchor)  # before rebasing, which writes in-book anchors of other pages
    html = rebase_links(html, page.url, book_url, anchors)
    return PreparedPage(page.url, page.title, anchor, html, page.lang)


def make_book(items: list, book_url: str) -> Book:
    """The printable book for navigation *items*, to be published at site-relative *book_url*."""
    pages = flatten(items)
    anchors = {_page_path(p.url): page_anchor(p.url) for p in pages}
    return Book(table_of_contents(items), [prepare_page(p, book_url, anchors) for p in pages])
