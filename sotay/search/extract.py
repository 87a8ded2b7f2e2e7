"""Read a built HTML page into what search needs: its title and the text of each section.

Only the article body is read (or an element marked ``data-pagefind-body``). Navigation, skip
links, permalink signs, edit buttons, ``<aside>`` page chrome, scripts and anything marked
``data-pagefind-ignore`` (quiz answers, for example) are left out. Each ``h2``/``h3`` with an ``id`` starts a new section, so
results can link to the heading where the words were found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

from sotay.html_tokens import TokenStream

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Page chrome inside the article (page status, share panel…) comes in <aside>; content never does.
_SKIP_TAGS = {
    "script",
    "style",
    "template",
    "nav",
    "aside",
    "svg",
    "noscript",
    "button",
    "select",
    "textarea",
}
_SKIP_CLASSES = {"headerlink", "md-content__button", "md-source-file", "sotay-fallback", "md-skip"}
_SECTION_TAGS = {"h2", "h3"}
# Elements that separate words; inline ones (strong, a, abbr…) do not: "**Đăng nhập**." stays one line.
_BLOCKS = set(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "img",
        "label",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
_SPACES = re.compile(r"\s+")
_ABBR = re.compile(r"<abbr\b[^>]*?\btitle=\"([^\"]+)\"[^>]*>(.*?)</abbr>", re.S)
_SKIP = "skip"


@dataclass
class Section:
    """A part of a page under one heading (the first one has no heading: the page's opening)."""

    anchor: str
    heading: str
    text: str = ""


@dataclass
class PageText:
    """The searchable text of one page."""

    title: str = ""
    sections: list[Section] = field(default_factory=lambda: [Section("", "")])
    fallback: bool = False
    abbreviations: dict[str, str] = field(default_factory=dict)


def _skipped(tag: str, attrs: dict[str, str]) -> bool:
    classes = set(attrs.get("class", "").split())
    return (
        tag in _SKIP_TAGS
        or "data-pagefind-ignore" in attrs
        or "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
        or bool(classes & _SKIP_CLASSES)
    )


class _Reader:
    def __init__(self, has_body_marker: bool):
        self.page = PageText()
        self.root_marker = "data-pagefind-body" if has_body_marker else None
        self.depth = 0  # open elements inside the body root (0: outside)
        self.heading: str | None = None  # "h1", "h2"… while inside a heading
        self.heading_text: list[str] = []
        self.parts: list[str] = []
        self._abbr_title: str | None = None
        self._abbr_text: list[str] = []

    def _is_root(self, tag: str, attrs: dict[str, str]) -> bool:
        if self.root_marker:
            return self.root_marker in attrs
        return tag == "article" and "md-content__inner" in attrs.get("class", "")

    def feed(self, html: str) -> None:
        stream = TokenStream(html)
        for token in stream:
            if token.kind == "data":
                self.handle_data(token.text)
            elif token.kind == "start":
                if self.handle_starttag(token.tag, token.attrs) == _SKIP:
                    self._skipped_abbreviations(stream.skip_element(token.tag))
            elif token.kind == "startend":
                self.handle_startendtag(token.tag, token.attrs)
            else:
                self.handle_endtag(token.tag)

    def handle_starttag(self, tag, attrs):
        if "data-sotay-fallback" in attrs:
            self.page.fallback = True
        if tag == "abbr" and attrs.get("title"):
            self._abbr_title = attrs["title"]
            self._abbr_text = []
        if self.depth == 0:
            if self._is_root(tag, attrs) and tag not in _VOID:
                self.depth = 1
            return None
        if tag in _VOID:
            if tag in _BLOCKS:
                self.parts.append(" ")
            return None
        if _skipped(tag, attrs):
            return _SKIP  # feed() jumps over the element, its end tag included
        self.depth += 1
        if tag in {"h1", "h2", "h3"} and self.heading is None:
            self._flush()
            self.heading, self.heading_text = tag, []
            if tag in _SECTION_TAGS and attrs.get("id"):
                self.page.sections.append(Section(attrs["id"], ""))
        if tag in _BLOCKS:
            self.parts.append(" ")
        return None

    def _skipped_abbreviations(self, source: str) -> None:
        """Tooltips inside a skipped element still name abbreviations (synonyms for search)."""
        for title, text in _ABBR.findall(source):
            self.page.abbreviations[unescape(re.sub(r"<[^>]*>", "", text)).strip()] = unescape(title)

    def handle_startendtag(self, tag, attrs):
        if self.depth and tag in _BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag == "abbr" and self._abbr_title is not None:
            self.page.abbreviations["".join(self._abbr_text).strip()] = self._abbr_title
            self._abbr_title = None
        if self.depth == 0 or tag in _VOID:
            return
        self.depth -= 1
        if tag == self.heading:
            text = _SPACES.sub(" ", "".join(self.heading_text)).strip()
            if tag == "h1" and not self.page.title:
                self.page.title = text
            elif (
                tag in _SECTION_TAGS and self.page.sections[-1].heading == "" and len(self.page.sections) > 1
            ):
                self.page.sections[-1].heading = text
            self.heading = None
            return
        if tag in _BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if self._abbr_title is not None:
            self._abbr_text.append(data)
        if self.depth:
            (self.heading_text if self.heading else self.parts).append(data)

    def _flush(self):
        text = _SPACES.sub(" ", "".join(self.parts)).strip()
        section = self.page.sections[-1]
        section.text = f"{section.text} {text}".strip() if text else section.text
        self.parts = []

    def close(self):
        self._flush()


def page_text(html: str) -> PageText:
    """Return the title and the sections' text of the built page *html*."""
    has_marker = "data-pagefind-body" in html
    if not has_marker:
        # Only the page's <article> is read: parsing the navigation, head and footer too took most of
        # the build's search step (half of a page's HTML is its navigation).
        start, end = html.find("<article"), html.rfind("</article>")
        if 0 <= start < end:
            html = html[start : end + len("</article>")]
    reader = _Reader(has_body_marker=has_marker)
    reader.feed(html)
    reader.close()
    page = reader.page
    page.sections = [s for i, s in enumerate(page.sections) if i == 0 or s.heading or s.text]
    return page
