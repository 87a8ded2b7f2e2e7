"""Vietnamese text helpers: normalisation, accent folding and slugs (pure functions)."""

from __future__ import annotations

import re
import unicodedata

_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "D", "ð": "d"})


class _NoMarks(dict):
    """A ``str.translate`` table that deletes combining marks, filled in as characters are met."""

    def __missing__(self, code: int):
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_MARKS = _NoMarks()
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    """Return *text* in Unicode NFC (precomposed letters), the form all content must use."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case *text* and strip every diacritic, including đ → d.

    ``fold("Dịch vụ công")`` and ``fold("dich vu cong")`` are equal, which is what accent-free
    search and comparisons need. Input in any normal form (NFC or NFD) gives the same result.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA_FOLDS))
    if decomposed.isascii():
        return decomposed.lower()
    return unicodedata.normalize("NFC", decomposed.translate(_DROP_MARKS)).lower()


def slugify(text: str) -> str:
    """Return an ASCII slug for *text*: ``"Định danh điện tử"`` → ``"dinh-danh-dien-tu"``."""
    return _NON_SLUG.sub("-", fold(text)).strip("-")


def heading_slug(value: str, separator: str = "-") -> str:
    """Heading anchors for Markdown's toc: ``"Đăng nhập"`` → ``"dang-nhap"`` (the default drops đ)."""
    return _NON_SLUG.sub(separator, fold(value)).strip(separator)
