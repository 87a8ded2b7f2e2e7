"""Structure rules: front-matter schema, duplicate titles, skipped heading levels, one-sentence description."""

from __future__ import annotations

import re
from collections import defaultdict

from sotay.content import schema
from sotay.content.handbook import Handbook
from sotay.content.page import Page
from sotay.content.rules import Problem, problem

# A sentence ends at . ! ? … followed by a space and a capital letter; abbreviations don't count.
SENTENCE_END = re.compile(
    r"(?<!\b[A-ZĐ])(?<!\bTP)(?<!\bTp)(?<!\bv\.v)(?<!\bSt)(?<!\bNo)[.!?…]+\s+(?=[A-ZÀ-ỸĐ])"
)


def check_front_matter(page: Page) -> list[Problem]:
    """FM001–FM007 and STR003 (missing description) for *page*."""
    if not page.has_front_matter:
        return [problem(page.display, 1, 1, "FM001")]
    if page.meta_error:
        line, col, detail = page.meta_error
        return [problem(page.display, line, col, "FM002", detail=detail)]
    out = []
    for issue in schema.validate(page.meta):
        present = issue.key in page.key_lines
        line = page.key_line(issue.key) if present else 1
        col = page.value_col(issue.key) if present and issue.code != "FM007" else 1
        out.append(problem(page.display, line, col, issue.code, key=issue.key, **issue.params))
    return out


def sentence_count(text: str) -> int:
    """How many sentences *text* has (a rough count good enough for one-line descriptions)."""
    return len(SENTENCE_END.findall(text.strip())) + 1 if text.strip() else 0


def check_description(page: Page) -> list[Problem]:
    """STR004 when the description is more than one sentence."""
    text = page.meta.get("description")
    if not isinstance(text, str) or sentence_count(text) <= 1:
        return []
    return [
        problem(
            page.display,
            page.key_line("description"),
            page.value_col("description"),
            "STR004",
            count=sentence_count(text),
        )
    ]


def check_headings(page: Page, book: Handbook) -> list[Problem]:
    """STR002 when a heading is more than one level below the one before it (the title counts as 1)."""
    out, previous = [], 1
    for h in book.headings(page):
        if h.level > previous + 1:
            out.append(problem(page.display, h.line, h.col, "STR002", previous=previous, level=h.level))
        previous = h.level
    return out


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def check_duplicate_titles(book: Handbook, checked: list[Page]) -> list[Problem]:
    """STR001 on every checked page whose title another page of the same language also uses."""
    owners: dict[tuple[str | None, str], list[Page]] = defaultdict(list)
    for page in book.pages.values():
        title = page.meta.get("title")
        if isinstance(title, str) and title.strip():
            owners[(page.lang, _title_key(title))].append(page)
    out = []
    for page in checked:
        title = page.meta.get("title")
        if not isinstance(title, str):
            continue
        others = [p for p in owners.get((page.lang, _title_key(title)), []) if p is not page]
        if others:
            other = ", ".join(p.display for p in others)
            out.append(
                problem(
                    page.display,
                    page.key_line("title"),
                    page.value_col("title"),
                    "STR001",
                    title=title,
                    other=other,
                )
            )
    return out
