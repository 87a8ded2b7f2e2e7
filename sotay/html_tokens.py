"""A fast tokenizer for the HTML our build writes: start tags, end tags and text, in order.

``html.parser.HTMLParser`` costs a Python call per character class it meets; reading the built
pages with it was most of the search step. This reads the same well-formed HTML with one regular
expression: comments, doctypes and the content of ``<script>``/``<style>`` are passed over, text and
attribute values come back with their character references decoded (as HTMLParser's
``convert_charrefs=True``), tag and attribute names in lower case.

It is not a general HTML parser (no error recovery, no implied end tags); use it for pages we built.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import NamedTuple

_ATTRS = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""  # what follows a tag's name; quoted values may hold ">"
_TOKEN = re.compile(
    r"([^<]+)"  # text
    rf"|<(/?)([a-zA-Z][^\s/>]*)({_ATTRS})>"  # tag
    r"|<!--.*?(?:-->|$)"  # comment
    r"|<[!?][^>]*>"  # doctype, processing instruction
    r"|<",  # a "<" that starts nothing: text
    re.S,
)
# "<br/>", '<img src="x" />': self-closing; '<a href=../vneid/>' is not (the "/" ends the value).
_SELF_CLOSING = re.compile(r"""(?:^|[\s"'])/$""")
_NESTING: dict[str, re.Pattern] = {}
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_RAW_TEXT_END = {tag: re.compile(rf"</{tag}[\s>]", re.I) for tag in ("script", "style")}


class Token(NamedTuple):
    """One piece of the page: ``kind`` is "start", "startend" (``<br/>``), "end" or "data"."""

    kind: str
    tag: str = ""
    attrs: dict[str, str] | None = None
    text: str = ""


def attributes(source: str) -> dict[str, str]:
    """The attributes written in a start tag (after its name): ``' a="1" hidden'`` → ``{a: 1, hidden: ""}``."""
    found: dict[str, str] = {}
    for m in _ATTR.finditer(source):
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        name = m.group(1).lower()
        if name not in found:  # the first one wins, as in browsers
            found[name] = unescape(value) if value and "&" in value else (value or "")
    return found


class TokenStream:
    """The tokens of *html* in document order; :meth:`skip_element` jumps over an element's content."""

    def __init__(self, html: str):
        self.html = html
        self.pos = 0

    def __iter__(self) -> Iterator[Token]:
        html, length = self.html, len(self.html)
        while self.pos < length:
            m = _TOKEN.match(html, self.pos)
            self.pos = m.end()
            text, closing, name, rest = m.groups()
            if text is not None:
                yield Token("data", text=unescape(text) if "&" in text else text)
            elif name is None:
                if m.group() == "<":
                    yield Token("data", text="<")
            elif closing:
                yield Token("end", name.lower())
            else:
                tag = name.lower()
                self_closing = bool(_SELF_CLOSING.search(rest))
                after = self.pos
                yield Token("startend" if self_closing else "start", tag, attributes(rest) if rest else {})
                if tag in _RAW_TEXT_END and not self_closing and self.pos == after:  # not skipped
                    close = _raw_text_end(html, tag, self.pos)
                    if close > self.pos:
                        yield Token("data", text=html[self.pos : close])
                    self.pos = close

    def skip_element(self, tag: str) -> str:
        """Called right after *tag*'s start token: move past its end tag; return the source skipped.

        Only comments, script/style elements and tags of the same name are looked at, so the
        element's content is never tokenized (an ignored block such as the printable book's copy of
        every page costs one scan); a "<div>" in a comment or a script does not count.
        """
        html = self.html
        start = self.pos
        if tag in _RAW_TEXT_END:
            close = _raw_text_end(html, tag, start)
            self.pos = html.find(">", close) + 1 or len(html)
            return html[start:close]
        depth = 1
        for m in _nesting(tag).finditer(html, start):
            closing, rest = m.group("closing"), m.group("rest")
            if closing is None:
                continue  # a comment or a script/style element
            if closing:
                depth -= 1
            elif not _SELF_CLOSING.search(rest):
                depth += 1
            if depth == 0:
                self.pos = m.end()
                return html[start : m.start()]
        self.pos = len(html)
        return html[start:]


def _raw_text_end(html: str, tag: str, pos: int) -> int:
    """Where the text of a script/style element that starts at *pos* ends (its end tag, or the end)."""
    found = _RAW_TEXT_END[tag].search(html, pos)
    return found.start() if found else len(html)


def _nesting(tag: str) -> re.Pattern:
    """What :meth:`TokenStream.skip_element` looks for when it skips a *tag* element."""
    pattern = _NESTING.get(tag)
    if pattern is None:
        pattern = _NESTING[tag] = re.compile(
            r"<!--.*?(?:-->|$)"
            rf"|<(script|style)\b{_ATTRS}>.*?(?:</\1\s*>|$)"
            rf"|<(?P<closing>/?){re.escape(tag)}(?=[\s/>])(?P<rest>{_ATTRS})>",
            re.I | re.S,
        )
    return pattern


def tokens(html: str) -> Iterator[Token]:
    """Yield the tokens of *html* in document order."""
    return iter(TokenStream(html))
