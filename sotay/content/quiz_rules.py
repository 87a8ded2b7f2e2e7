"""Quiz rules: every validation of the one quiz parser and its site-wide registry (:mod:`sotay.quiz`).

Per page, the parser reports QUIZ001–QUIZ021; across the handbook, the registry adds ids used twice
in a language (QUIZ003), references to missing questions (QUIZ017) and translations whose quiz ids
differ from the original's. Nothing here re-implements a quiz rule.
"""

from __future__ import annotations

from collections import defaultdict

from sotay.content.handbook import Handbook
from sotay.content.page import Page
from sotay.content.rules import Problem
from sotay.quiz import QuizError, scan_quiz_blocks
from sotay.quiz.registry import QuizRegistry


def _without_front_matter(page: Page) -> str:
    """The page's text with its front matter blanked: same line numbers, nothing for YAML to trip on."""
    return "\n" * page.body_start + "\n".join(page.lines[page.body_start :])


def _registry_errors(book: Handbook) -> dict[str, list[QuizError]]:
    """Every quiz error of the handbook's language folders, by page (its display path)."""
    if "quiz_errors" not in book.cache:
        registry = QuizRegistry(languages=book.settings.languages, default_lang=book.default_language)
        for page in book.pages.values():
            if page.lang is not None:
                registry.add_page(page.lang, page.rel, _without_front_matter(page), page.display)
        registry.finish()
        by_source: dict[str, list[QuizError]] = defaultdict(list)
        for errors in registry.errors.values():
            for error in errors:
                by_source[error.source].append(error)
        book.cache["quiz_errors"] = by_source
    return book.cache["quiz_errors"]


def check_quizzes(page: Page, book: Handbook) -> list[Problem]:
    """Every quiz error of *page* (line numbers are file lines)."""
    if "///" not in page.text:
        return []
    if page.lang is None or book.page(page.path) is not page:
        errors = [e for quiz in scan_quiz_blocks(_without_front_matter(page)) for e in quiz.errors]
    else:
        errors = _registry_errors(book).get(page.display, [])
    return [Problem(page.display, e.line, max(e.col, 1), e.code, e.message_vi, e.message_en) for e in errors]
