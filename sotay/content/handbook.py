"""A handbook's docs folder, read once: every page, its twin in the other language, its section ids.

Cross-page rules (links, anchors, duplicate titles, translations, quiz ids) look things up here, so a
single file can be checked with the whole handbook as context.
"""

from __future__ import annotations

import os
from pathlib import Path

from sotay.content.markdown_scan import Heading, anchors, headings
from sotay.content.page import Page, load_page
from sotay.content.site_settings import SiteSettings, settings_for_docs


def find_docs_root(path: Path, languages: tuple[str, ...] = ("vi", "en")) -> Path | None:
    """The nearest folder at or above *path* that holds a language folder (``vi/``…), if any."""
    path = Path(os.path.abspath(path))
    for folder in [path, *path.parents] if path.is_dir() else path.parents:
        if any((folder / lang).is_dir() for lang in languages):
            return folder
    return None


def display_path(path: Path) -> str:
    """*path* relative to the working folder when it is inside it, for readable messages."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class Handbook:
    """Every Markdown page under *root*, loaded once."""

    def __init__(self, root: Path, settings: SiteSettings | None = None):
        self.root = Path(os.path.abspath(root))
        self.settings = settings or settings_for_docs(self.root)
        self.pages: dict[Path, Page] = {}
        self.cache: dict = {}
        for path in sorted(self.root.rglob("*.md")):
            self.pages[path] = load_page(path, self.root, self.settings.languages, display_path(path))

    @property
    def default_language(self) -> str:
        """The source language (Vietnamese)."""
        return self.settings.default_language

    def page(self, path: Path) -> Page | None:
        """The page stored at *path*, if it is part of the handbook."""
        return self.pages.get(Path(os.path.abspath(path)))

    def in_language(self, page: Page, lang: str) -> Page | None:
        """The page with the same relative path in *lang* (its twin), if it exists."""
        if page.lang is None:
            return None
        return self.pages.get(self.root / lang / page.rel)

    def twin_path(self, page: Page, lang: str) -> Path:
        """Where *page*'s twin in *lang* lives (whether or not it exists)."""
        return self.root / lang / page.rel

    def headings(self, page: Page) -> list[Heading]:
        """The page's headings with their ids (computed once)."""
        if "headings" not in page.cache:
            page.cache["headings"] = headings(
                page.body, page.lines, self.settings.slugify, self.settings.separator
            )
        return page.cache["headings"]

    def anchors(self, page: Page) -> set[str]:
        """Every section id of *page*."""
        if "anchors" not in page.cache:
            page.cache["anchors"] = anchors(page.body, self.headings(page))
        return page.cache["anchors"]

    def resolve(self, page: Page, target: str) -> Path | None:
        """The file a relative link *target* of *page* reaches, following the language fallback.

        A page missing in a translation is served from the default language, so a link that
        reaches ``en/x.md`` also works when only ``vi/x.md`` exists.
        """
        path = Path(os.path.normpath(page.path.parent / target))
        if not path.is_relative_to(self.root):
            return None
        if path.is_file():
            return path
        rel = path.relative_to(self.root).parts
        if len(rel) > 1 and rel[0] in self.settings.languages and rel[0] != self.default_language:
            fallback = self.root.joinpath(self.default_language, *rel[1:])
            if fallback.is_file():
                return fallback
        return None
