"""Run every content rule over the pages asked for, with their whole handbook as context."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sotay.content.allowlist import Allowlist, load_allowlist
from sotay.content.handbook import Handbook, display_path, find_docs_root
from sotay.content.html_rules import check_html
from sotay.content.link_rules import check_links
from sotay.content.page import Page, load_page
from sotay.content.quiz_rules import check_quizzes
from sotay.content.rules import Problem
from sotay.content.site_settings import SiteSettings
from sotay.content.structure_rules import (
    check_description,
    check_duplicate_titles,
    check_front_matter,
    check_headings,
)
from sotay.content.text_rules import check_text
from sotay.content.translation_rules import check_translations


@dataclass
class CheckResult:
    """What a check found: problems sorted by file and position, and how many files were read."""

    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop a build."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """The problems that only warn."""
        return [p for p in self.problems if p.severity == "warning"]


def check_page(page: Page, book: Handbook, allowlist: Allowlist) -> list[Problem]:
    """Every single-page rule over *page*."""
    out = check_front_matter(page) + check_text(page)
    if page.decode_error:
        return out
    out += check_description(page) + check_headings(page, book)
    out += check_links(page, book, allowlist) + check_html(page, allowlist) + check_quizzes(page, book)
    return out


def check_pages(book: Handbook, pages: list[Page], allowlist: Allowlist | None = None) -> list[Problem]:
    """Every rule over *pages* of *book*, sorted by file, line, column and code."""
    allowlist = allowlist or load_allowlist()
    out: list[Problem] = []
    for page in pages:
        out += check_page(page, book, allowlist)
    out += check_duplicate_titles(book, pages) + check_translations(book, pages)
    return sorted(set(out))


def _markdown_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(os.path.abspath(path))
        if path.is_dir():
            files.extend(sorted(path.rglob("*.md")))
        elif path.suffix == ".md":
            files.append(path)
    return files


def check_paths(paths: Iterable[Path], settings: SiteSettings | None = None) -> CheckResult:
    """Check the Markdown files in *paths* (files or folders).

    Each file is checked within its handbook (the folder holding ``vi/``, ``en/``), so links to other
    pages, duplicate titles and translations are judged against the whole handbook. A file outside
    any handbook is checked on its own.
    """
    result = CheckResult()
    groups: dict[Path, list[Path]] = {}
    for file in _markdown_files(paths):
        if not file.is_file():
            continue
        root = find_docs_root(file) or file.parent
        groups.setdefault(root, []).append(file)
    for root, files in groups.items():
        book = Handbook(root, settings)
        pages = []
        for file in dict.fromkeys(files):
            page = book.page(file) or load_page(file, root, book.settings.languages, display_path(file))
            pages.append(page)
        result.problems += check_pages(book, pages)
        result.files += len(pages)
    result.problems.sort()
    return result


def missing_paths(paths: Iterable[Path]) -> list[Path]:
    """The *paths* that do not exist (reported by the command, never silently skipped)."""
    return [p for p in paths if not Path(p).exists()]
