"""Find headings, section ids, links, images and HTML tags in a page's masked lines (no rendering).

Heading ids follow Python-Markdown's ``toc`` extension: the site's slugify function over the heading
text, ``{#id}`` attribute lists, and ``_1``, ``_2`` suffixes for repeated headings.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from markdown.extensions.toc import unique

HEADING = re.compile(r"^\s*(#{1,6})[ \t]+(.*?)[ \t#]*$")
ATTR_LIST = re.compile(r"\s*\{:?\s*([^}]*)\}\s*$")
ATTR_ID = re.compile(r"(?:^|\s)#([\w-]+)")
ANY_ATTR_ID = re.compile(r"\{:?[^}]*?(?<![\w&])#([\w-]+)[^}]*\}")
HTML_ID = re.compile(r"""\s(?:id|name)\s*=\s*["']([^"']+)["']""", re.I)
LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]"
    r"\(\s*(?P<url><[^>]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
REF_LINK = re.compile(r"(?P<bang>!?)\[(?P<text>[^\[\]]*)\]\[(?P<ref>[^\[\]]*)\]")
REF_DEF = re.compile(r"^ {0,3}\[(?P<ref>[^\]]+)\]:\s*(?P<url><[^>]*>|\S+)")
AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp|javascript):[^>\s]*)>", re.I)
TAG = re.compile(r"<(?P<name>[A-Za-z][\w-]*)(?P<attrs>(?:\s[^<>]*?)?)\s*/?>")
ATTR = re.compile(r"""(?P<name>[\w:-]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'>]+)))?""")
INLINE_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]|<[^>]+>|[*`]")


@dataclass(frozen=True)
class Heading:
    """An ATX heading: 1-based line, level 1–6, text without its attribute list, its id."""

    line: int
    col: int
    level: int
    text: str
    id: str


@dataclass(frozen=True)
class Link:
    """A link or image: where its URL starts, the URL, the link text or alt, and what wrote it."""

    line: int
    col: int
    url: str
    text: str
    image: bool
    kind: str  # markdown | reference | autolink | html
    has_alt: bool = True


@dataclass(frozen=True)
class Tag:
    """An HTML start tag with its attributes (name → (value, column))."""

    line: int
    col: int
    name: str
    attrs: dict[str, tuple[str, int]]


def heading_text(raw: str) -> str:
    """The visible text of a heading's Markdown (links keep their text, images and markup go)."""
    text = INLINE_MARKUP.sub(lambda m: m.group(1) or m.group(2) or "", raw)
    text = re.sub(r"(?<!\w)_+|_+(?!\w)", "", text)
    return html.unescape(text).strip()


def headings(
    lines: list[str], raw_lines: list[str], slugify: Callable[[str, str], str], separator: str = "-"
) -> list[Heading]:
    """Every ATX heading of the masked *lines*, with the id the site will give it.

    Headings are found in the masked lines (none inside code blocks); their text is read from
    *raw_lines*, since code spans in a heading are part of its id.
    """
    out: list[Heading] = []
    used: set[str] = set()
    for i, line in enumerate(lines):
        if not HEADING.match(line):
            continue
        m = HEADING.match(raw_lines[i])
        if not m:
            continue
        raw = m.group(2)
        explicit = None
        attrs = ATTR_LIST.search(raw)
        if attrs:
            raw = raw[: attrs.start()]
            found = ATTR_ID.search(attrs.group(1))
            explicit = found.group(1) if found else None
        text = heading_text(raw)
        hid = explicit if explicit else unique(slugify(text, separator), used)
        used.add(hid)
        out.append(Heading(i + 1, m.start(1) + 1, len(m.group(1)), text, hid))
    return out


def anchors(lines: list[str], heads: list[Heading]) -> set[str]:
    """Every id a link may point at: heading ids, ``{#id}`` attribute lists, HTML ``id=``/``name=``."""
    ids = {h.id for h in heads}
    for line in lines:
        if "{" in line:
            ids.update(ANY_ATTR_ID.findall(line))
        if "=" in line:
            ids.update(HTML_ID.findall(line))
    return ids


def _strip_angle(url: str) -> str:
    return url[1:-1] if url.startswith("<") and url.endswith(">") else url


def tags(lines: list[str]) -> list[Tag]:
    """Every HTML start tag of the masked *lines* (one line at a time)."""
    out = []
    for i, line in enumerate(lines):
        if "<" not in line:
            continue
        for m in TAG.finditer(line):
            attrs = {}
            base = m.start("attrs")
            for a in ATTR.finditer(m.group("attrs")):
                value = a.group("dq") if a.group("dq") is not None else a.group("sq") or a.group("bare") or ""
                attrs[a.group("name").lower()] = (value, base + a.start() + 1)
            out.append(Tag(i + 1, m.start() + 1, m.group("name").lower(), attrs))
    return out


def links(lines: list[str]) -> list[Link]:
    """Every link and image of the masked *lines*: Markdown, reference-style, autolinks and HTML.

    A reference-style link is reported where it is used, with the URL of its definition.
    """
    out: list[Link] = []
    definitions: dict[str, str] = {}
    for line in lines:
        d = REF_DEF.match(line)
        if d:
            definitions[d.group("ref").strip().lower()] = _strip_angle(d.group("url"))
    for i, line in enumerate(lines):
        if REF_DEF.match(line):
            continue
        if "](" in line:
            for m in LINK.finditer(line):
                url = _strip_angle(m.group("url"))
                out.append(
                    Link(i + 1, m.start("url") + 1, url, m.group("text"), bool(m.group("bang")), "markdown")
                )
        if "][" in line:
            for m in REF_LINK.finditer(line):
                ref = (m.group("ref") or m.group("text")).strip().lower()
                if ref in definitions:
                    url = definitions[ref]
                    out.append(
                        Link(i + 1, m.start() + 1, url, m.group("text"), bool(m.group("bang")), "reference")
                    )
        if "<" in line:
            for m in AUTOLINK.finditer(line):
                out.append(Link(i + 1, m.start("url") + 1, m.group("url"), m.group("url"), False, "autolink"))
    for tag in tags(lines):
        if tag.name == "a" and "href" in tag.attrs:
            value, col = tag.attrs["href"]
            out.append(Link(tag.line, col, value.strip(), "", False, "html"))
        elif tag.name == "img" and "src" in tag.attrs:
            value, col = tag.attrs["src"]
            alt = tag.attrs.get("alt", ("", 0))[0]
            out.append(Link(tag.line, col, value.strip(), alt, True, "html", has_alt="alt" in tag.attrs))
    return sorted(out, key=lambda link: (link.line, link.col))
