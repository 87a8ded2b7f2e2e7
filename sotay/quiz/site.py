"""What the quiz extension knows about the site while it renders one page (set by the build glue)."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from sotay.quiz.registry import QuizRegistry


@dataclass
class PageInfo:
    """The page being rendered.

    ``lang`` is the language of the site being built (UI strings, progress keys); ``content_lang``
    the language the page is written in (differs on an untranslated page shown as a fallback).
    """

    path: str = ""
    lang: str = "vi"
    content_lang: str = ""
    source: str = ""
    line_offset: int = 0

    def href(self, target: str, anchor: str = "") -> str:
        """A relative link from this page to the page *target* (both paths inside a language folder)."""
        base = posixpath.dirname(self.path) or "."
        rel = posixpath.relpath(target, base) if self.path else target
        return f"{rel}#{anchor}" if anchor else rel


@dataclass
class QuizSite:
    """The registry of every quiz plus the page currently rendered; shared by glue and extension."""

    registry: QuizRegistry = field(default_factory=QuizRegistry)
    page: PageInfo = field(default_factory=PageInfo)
