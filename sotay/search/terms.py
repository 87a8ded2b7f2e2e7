"""Search terms: how text is cut into words and folded so that every way of typing Vietnamese matches.

The same rules run in the browser (``fold``/``words`` in sotay-search.js); a browser test checks
that both sides agree. A term is a folded word: lower case, no tone or vowel marks, đ → d, so
"Đăng nhập", "dang nhap", NFD input and "hoá"/"hóa" all give the same terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sotay.text import fold

_WORD = re.compile(r"[^\W_]+")
# Two words joined by one hyphen or dot ("Wi-Fi", "e-Tax") are also indexed as one ("wifi", "etax").
_JOINED = re.compile(r"[^\W_]+(?:[-.][^\W_]+)+")
_JOINERS = re.compile(r"[-.]")


def words(text: str, *, folded: bool = False) -> list[str]:
    """Return the folded words of *text*, in order: ``"Đăng nhập VNeID!"`` → ``["dang", "nhap", "vneid"]``.

    *folded*: *text* is already the result of :func:`sotay.text.fold`.
    """
    return _WORD.findall(text if folded else fold(text))


def joined_words(text: str, *, folded: bool = False) -> list[str]:
    """Return hyphen- or dot-joined words written as one: ``"Wi-Fi và e-Tax"`` → ``["wifi", "etax"]``."""
    return [_JOINERS.sub("", m) for m in _JOINED.findall(text if folded else fold(text))]


def bigrams(terms: list[str]) -> Iterator[str]:
    """Yield each pair of neighbouring terms as one key: ``["lua", "dao"]`` → ``"lua dao"``."""
    for first, second in zip(terms, terms[1:], strict=False):
        yield f"{first} {second}"
