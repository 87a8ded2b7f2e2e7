"""Translation state of every page: translated, stale, missing (no file or ``translation: pending``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sotay.content.handbook import Handbook, display_path
from sotay.content.page import Page
from sotay.content.rules import Problem, problem
from sotay.content.schema import parse_date

TRANSLATED, STALE, MISSING, PENDING, ORPHAN = "translated", "stale", "missing", "pending", "orphan"


@dataclass(frozen=True)
class TranslationState:
    """One page path and how its translation into *lang* stands."""

    rel: str
    lang: str
    state: str
    source: Page | None
    translation: Page | None

    @property
    def source_reviewed(self) -> dt.date | None:
        """The source page's ``reviewed`` date."""
        return parse_date(self.source.meta.get("reviewed")) if self.source else None

    @property
    def translation_reviewed(self) -> dt.date | None:
        """The translation's ``reviewed`` date."""
        return parse_date(self.translation.meta.get("reviewed")) if self.translation else None


def _state(source: Page | None, translation: Page | None) -> str:
    if source is None:
        return ORPHAN
    if translation is None:
        return MISSING
    if translation.meta.get("translation") == "pending":
        return PENDING
    src, dst = parse_date(source.meta.get("reviewed")), parse_date(translation.meta.get("reviewed"))
    return STALE if src and dst and dst < src else TRANSLATED


def translation_states(book: Handbook) -> list[TranslationState]:
    """The state of every page in every other language, sorted by path then language."""
    default = book.default_language
    out = []
    for lang in book.settings.languages:
        if lang == default:
            continue
        rels = {p.rel for p in book.pages.values() if p.lang in (default, lang)}
        for rel in rels:
            source = book.pages.get(book.root / default / rel)
            translation = book.pages.get(book.root / lang / rel)
            out.append(TranslationState(rel, lang, _state(source, translation), source, translation))
    return sorted(out, key=lambda s: (s.rel, s.lang))


def check_translations(book: Handbook, checked: list[Page]) -> list[Problem]:
    """TRN001 on a source without a twin, TRN002 on a stale translation, TRN003 on an orphan."""
    wanted = {id(p) for p in checked}
    out = []
    for s in translation_states(book):
        if s.state == MISSING and id(s.source) in wanted:
            twin = display_path(book.root / s.lang / s.rel)
            out.append(problem(s.source.display, 1, 1, "TRN001", twin=twin))
        elif s.state == STALE and id(s.translation) in wanted:
            page = s.translation
            out.append(
                problem(
                    page.display,
                    page.key_line("reviewed"),
                    page.value_col("reviewed"),
                    "TRN002",
                    en_date=s.translation_reviewed.isoformat(),
                    vi_date=s.source_reviewed.isoformat(),
                )
            )
        elif s.state == ORPHAN and id(s.translation) in wanted:
            twin = display_path(book.root / book.default_language / s.rel)
            out.append(problem(s.translation.display, 1, 1, "TRN003", twin=twin))
    return out
