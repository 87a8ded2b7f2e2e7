"""Link and image rules: internal targets and anchors, the allowlist, https, shorteners, .apk, images."""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sotay.content.allowlist import Allowlist
from sotay.content.handbook import Handbook
from sotay.content.markdown_scan import Link, links
from sotay.content.page import Page
from sotay.content.rules import Problem, problem

IMAGE_FORMATS = (".svg", ".png", ".webp")
IMAGE_LIMIT = 100 * 1024
UNCHECKED_SCHEMES = ("mailto", "tel", "javascript")  # javascript: is an HTML rule (HTM004)


def page_links(page: Page) -> list[Link]:
    """The page's links and images (computed once)."""
    if "links" not in page.cache:
        page.cache["links"] = links(page.body)
    return page.cache["links"]


def _external(page: Page, link: Link, allowlist: Allowlist) -> list[Problem]:
    parts = urlsplit(link.url)
    host = (parts.hostname or "").lower()
    at = (page.display, link.line, link.col)
    out = []
    if parts.path.lower().endswith(".apk"):
        out.append(problem(*at, "LNK006", url=link.url))
    if allowlist.is_shortener(host):
        return [*out, problem(*at, "LNK005", host=host, url=link.url)]
    if parts.scheme != "https":
        out.append(problem(*at, "LNK004", url=link.url))
    if not allowlist.allows(host):
        out.append(problem(*at, "LNK003", host=host or link.url))
    return out


def _anchor_problem(
    page: Page, link: Link, book: Handbook, target: Page, anchor: str, label: str
) -> list[Problem]:
    ids = book.anchors(target)
    if anchor in ids:
        return []
    close = difflib.get_close_matches(anchor, sorted(ids), n=1)
    hint = (f" (có phải «#{close[0]}»?)", f" (did you mean «#{close[0]}»?)") if close else ""
    where = (label, label) if label else ("trang này", "this page")
    return [problem(page.display, link.line, link.col, "LNK002", anchor=anchor, target=where, hint=hint)]


def _internal(page: Page, link: Link, book: Handbook) -> list[Problem]:
    raw_path, _, anchor = link.url.partition("#")
    raw_path = unquote(raw_path.partition("?")[0])
    at = (page.display, link.line, link.col)
    if not raw_path:
        return _anchor_problem(page, link, book, page, anchor, "") if anchor else []
    if raw_path.startswith("/"):
        return [problem(*at, "LNK007", target=raw_path)]
    target = book.resolve(page, raw_path)
    if target is None:
        folder = Path(os.path.normpath(page.path.parent / raw_path))
        code = "LNK007" if raw_path.endswith("/") or folder.is_dir() else "LNK001"
        return [problem(*at, code, target=raw_path)]
    target_page = book.page(target)
    if anchor and target_page is not None:
        return _anchor_problem(page, link, book, target_page, anchor, raw_path)
    return []


def _image(page: Page, link: Link, book: Handbook) -> list[Problem]:
    at = (page.display, link.line, link.col)
    out = []
    if not link.text.strip() or not link.has_alt:
        out.append(problem(*at, "IMG002"))
    scheme = urlsplit(link.url).scheme.lower()
    if scheme in ("http", "https") or link.url.startswith("//"):
        return [*out, problem(*at, "IMG005", url=link.url)]
    if scheme:
        return out
    raw_path = unquote(link.url.partition("#")[0].partition("?")[0])
    target = book.resolve(page, raw_path) if raw_path else None
    if target is None:
        return [*out, problem(*at, "IMG001", target=link.url)]
    ext = target.suffix.lower()
    if ext not in IMAGE_FORMATS:
        out.append(problem(*at, "IMG004", ext=ext or "?", target=link.url))
    size = target.stat().st_size
    if size > IMAGE_LIMIT:
        out.append(problem(*at, "IMG003", size=round(size / 1024), target=link.url))
    return out


def check_links(page: Page, book: Handbook, allowlist: Allowlist) -> list[Problem]:
    """Every link and image rule over *page*."""
    out: list[Problem] = []
    for link in page_links(page):
        if link.image:
            out.extend(_image(page, link, book))
            continue
        url = link.url.strip()
        scheme = urlsplit(url).scheme.lower() if ":" in url else ""
        if scheme in UNCHECKED_SCHEMES:
            continue
        if scheme or url.startswith("//"):
            out.extend(_external(page, link, allowlist))
        else:
            out.extend(_internal(page, link, book))
    return out
