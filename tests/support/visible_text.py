"""The text a reader sees on first load: closed <details> (except their summary) and [hidden] left out."""

import re
from html.parser import HTMLParser


class _Visible(HTMLParser):
    """Text a reader sees before doing anything: no closed <details>, no [hidden] elements."""

    VOID = {"input", "br", "img", "hr", "meta", "link"}

    def __init__(self):
        super().__init__()
        self.stack: list = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        a = dict(attrs)
        inherited = bool(self.stack) and self.stack[-1]
        if tag == "summary" and self.stack and self.stack[-1] == "closed":
            inherited = len(self.stack) > 1 and self.stack[-2]
        closed = "closed" if tag == "details" and "open" not in a and not inherited else False
        self.stack.append("hidden" in a or tag in ("script", "style", "template") or inherited or closed)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.text.append(data)


def visible_text(html: str) -> str:
    """The visible text of *html*, whitespace collapsed."""
    parser = _Visible()
    parser.feed(html)
    return " ".join(" ".join(parser.text).split())


def element_html(html: str, class_name: str, tag: str = "div") -> str:
    """The first ``<tag class="class_name" …>…</tag>`` of *html*, nested same tags included."""
    start = re.search(rf'<{tag}\b[^>]*class="{re.escape(class_name)}"', html)
    if not start:
        return ""
    depth, pos = 0, start.start()
    for m in re.finditer(rf"<(/?){tag}\b[^>]*>", html[pos:]):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return html[pos : pos + m.end()]
    return html[pos:]
