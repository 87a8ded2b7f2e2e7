"""Raw HTML rules: ``<script>``, unapproved embeds, ``on*=`` event attributes, ``javascript:`` URLs."""

from __future__ import annotations

import re

from sotay.content.allowlist import Allowlist
from sotay.content.link_rules import page_links
from sotay.content.markdown_scan import tags
from sotay.content.page import Page
from sotay.content.rules import Problem, problem

EMBED_TAGS = {"iframe": "src", "frame": "src", "object": "data", "embed": "src"}
EVENT_ATTR = re.compile(r"^on[a-z]+$")


def _is_javascript(url: str) -> bool:
    return re.sub(r"[\s\x00-\x1f]", "", url).lower().startswith("javascript:")


def check_html(page: Page, allowlist: Allowlist) -> list[Problem]:
    """Every raw-HTML rule over *page*."""
    out: list[Problem] = []
    for tag in tags(page.body):
        at = (page.display, tag.line, tag.col)
        if tag.name == "script":
            out.append(problem(*at, "HTM001"))
        elif tag.name in EMBED_TAGS:
            url = tag.attrs.get(EMBED_TAGS[tag.name], ("", 0))[0]
            if not allowlist.embed_approved(url):
                out.append(problem(*at, "HTM002", tag=tag.name, url=url or "?"))
        for name, (value, col) in tag.attrs.items():
            if EVENT_ATTR.match(name):
                out.append(problem(page.display, tag.line, col, "HTM003", attr=name))
            elif _is_javascript(value):
                out.append(problem(page.display, tag.line, col, "HTM004"))
    for link in page_links(page):
        if link.kind != "html" and _is_javascript(link.url):
            out.append(problem(page.display, link.line, link.col, "HTM004"))
    return out
