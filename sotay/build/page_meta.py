"""Read what our page template wrote into each built page's ``<head>`` (title, URL, type, tags…).

Post-build steps (catalog, feed, QR codes, embed views, posters) get their facts about a page from
here, so data flows one way: Markdown front matter → page ``<head>`` → enriched site folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sotay.build.pipeline import SiteInfo
from sotay.html_tokens import tokens
from sotay.social import is_chapter_index

# Folders of the built site that hold no handbook pages.
SKIPPED_DIRS = frozenset({"assets", "search"})


@dataclass
class PageMeta:
    """One built handbook page, as described by the meta tags in its ``<head>``."""

    path: Path  # the page's index.html
    url: str  # absolute, from site_url
    title: str
    description: str
    lang: str  # language of the site section (vi at /, en at /en/)
    content_lang: str  # language the text is written in (differs for untranslated pages)
    type: str = "page"
    tags: list[str] = field(default_factory=list)
    updated: str | None = None  # YYYY-MM-DD
    order: int = 0  # position in the reading order (nav)
    site_name: str = ""
    rel: str = ""  # path below the language root, e.g. "vneid/cai-dat/" ("" for the home page)

    @property
    def chapter(self) -> str:
        """Top-level folder of the page below its language root ("" for the home page)."""
        return self.rel.split("/", 1)[0] if self.rel else ""

    @property
    def is_chapter_index(self) -> bool:
        """True for a chapter's overview page."""
        return is_chapter_index(self.type, self.rel)


def head_meta(html: str) -> tuple[str, dict[str, str]]:
    """Return the ``<html lang>`` and every ``<meta name|property → content>`` of the head."""
    end = html.find("</head>")
    lang, meta = "", {}
    for token in tokens(html[:end] if end >= 0 else html):
        if token.kind not in ("start", "startend"):
            continue
        if token.tag == "html":
            lang = token.attrs.get("lang", "")
        elif token.tag == "meta":
            key = token.attrs.get("property") or token.attrs.get("name")
            if key and key not in meta:
                meta[key] = token.attrs.get("content", "")
    return lang, meta


def page_meta(path: Path, info: SiteInfo) -> PageMeta | None:
    """Describe the built page at *path*, or return None when it is not one of our pages."""
    lang, meta = head_meta(path.read_text(encoding="utf-8"))
    if "sotay:type" not in meta or "og:url" not in meta:
        return None
    url = meta["og:url"]
    lang = lang if lang in info.languages else info.default_language
    root_path = urlsplit(info.site_url or "/").path or "/"
    if lang != info.default_language:
        root_path += f"{lang}/"
    url_path = urlsplit(url).path
    rel = url_path[len(root_path) :] if url_path.startswith(root_path) else url_path.lstrip("/")
    return PageMeta(
        path=path,
        url=url,
        title=meta.get("og:title", ""),
        description=meta.get("og:description", ""),
        lang=lang,
        content_lang=meta.get("sotay:content-lang") or lang,
        type=meta["sotay:type"] or "page",
        tags=[t for t in meta.get("sotay:tags", "").split(",") if t],
        updated=meta.get("sotay:updated") or None,
        order=int(meta.get("sotay:order") or 0),
        site_name=meta.get("og:site_name", ""),
        rel=rel,
    )


def iter_pages(info: SiteInfo) -> Iterator[PageMeta]:
    """Every handbook page of the built site, in reading order (language by language)."""
    pages = []
    for path in info.site_dir.rglob("index.html"):
        rel_parts = path.relative_to(info.site_dir).parts
        if rel_parts[0] in SKIPPED_DIRS or (len(rel_parts) > 1 and rel_parts[1] in SKIPPED_DIRS):
            continue
        meta = page_meta(path, info)
        if meta is not None:
            pages.append(meta)
    order = {lang: i for i, lang in enumerate(info.languages)}
    pages.sort(key=lambda p: (order.get(p.lang, 99), p.order, p.rel))
    yield from pages


def relative_root(path: Path, site_dir: Path) -> str:
    """The relative prefix from the folder of *path* back to the site root (``""`` or ``"../…"``)."""
    depth = len(path.parent.relative_to(site_dir).parts)
    return "../" * depth
