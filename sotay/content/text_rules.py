"""Text rules: NFC, stray combining marks, doubled tone marks, mixed tone-mark styles, double spaces."""

from __future__ import annotations

import re
import unicodedata

from sotay.content.page import Page
from sotay.content.rules import Problem, problem

COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# In decomposed text: a tone mark, then only letters and marks, then a second tone mark (one word).
TWO_TONES = re.compile(
    r"[\u0300\u0301\u0303\u0309\u0323](?:[^\W\d_]|[\u0300-\u036f])*?[\u0300\u0301\u0303\u0309\u0323]"
)
DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")

# Tone placement in the syllable-final pairs oa, oe, uy: old style marks the second vowel (hoá),
# new style the first (hóa). "qu" + y is the same in both styles (quý), so it is left out.
_TONED = {
    "a": "áàảãạ",
    "e": "éèẻẽẹ",
    "y": "ýỳỷỹỵ",
    "o": "óòỏõọ",
    "u": "úùủũụ",
}
_PAIRS = (("o", "a"), ("o", "e"), ("u", "y"))


def _style_patterns() -> tuple[re.Pattern, re.Pattern]:
    old, new = [], []
    for first, second in _PAIRS:
        old.append(f"{first}[{_TONED[second]}]")
        new.append(f"[{_TONED[first]}]{second}")
    edge = r"(?<![qQ])"
    tail = r"(?![^\W\d_])"
    return (
        re.compile(edge + "(?:" + "|".join(old) + ")" + tail, re.I),
        re.compile(edge + "(?:" + "|".join(new) + ")" + tail, re.I),
    )


OLD_STYLE, NEW_STYLE = _style_patterns()
_TONE_OF = {ch: i for letters in _TONED.values() for i, ch in enumerate(letters)}


def _restyle(pair: str) -> str:
    """Move the tone mark of a two-vowel *pair* to the other vowel (hoá ↔ hóa)."""
    a, b = pair[0], pair[1]
    if a.lower() in _TONE_OF:
        tone, base_a = _TONE_OF[a.lower()], unicodedata.normalize("NFD", a)[0]
        moved = _TONED[b.lower()][tone]
        return base_a + (moved.upper() if b.isupper() else moved)
    tone, base_b = _TONE_OF[b.lower()], unicodedata.normalize("NFD", b)[0]
    moved = _TONED[a.lower()][tone]
    return (moved.upper() if a.isupper() else moved) + base_b


def _word_at(line: str, start: int) -> tuple[int, str]:
    begin = start
    while begin > 0 and (line[begin - 1].isalpha() or unicodedata.combining(line[begin - 1])):
        begin -= 1
    end = start
    while end < len(line) and (line[end].isalpha() or unicodedata.combining(line[end])):
        end += 1
    return begin, line[begin:end]


def _excerpt(line: str, index: int) -> str:
    begin, word = _word_at(line, index)
    return word or line[max(0, index - 10) : index + 10].strip()


def check_nfc(page: Page) -> list[Problem]:
    """TXT001 for every line not in NFC; TXT002/TXT005 for marks that NFC cannot fix."""
    out = []
    for i, line in enumerate(page.lines):
        if line.isascii():
            continue
        composed = unicodedata.normalize("NFC", line)
        if composed != line:
            first = next(k for k, (a, b) in enumerate(zip(line, composed, strict=False)) if a != b)
            out.append(problem(page.display, i + 1, first + 1, "TXT001", excerpt=_excerpt(line, first)))
        out.extend(_marks(page, i + 1, composed))
    return out


def _marks(page: Page, lineno: int, line: str) -> list[Problem]:
    """TXT005 for a word with two tone marks, TXT002 for any other combining mark left after NFC."""
    out = []
    doubled: list[range] = []
    decomposed = unicodedata.normalize("NFD", line)
    for m in TWO_TONES.finditer(decomposed):
        start = len(unicodedata.normalize("NFC", decomposed[: m.start()]))
        begin, word = _word_at(line, start)
        out.append(problem(page.display, lineno, begin + 1, "TXT005", word=word))
        doubled.append(range(begin, begin + len(word)))
    for m in COMBINING.finditer(line):
        if not any(m.start() in r for r in doubled):
            out.append(problem(page.display, lineno, m.start() + 1, "TXT002", codepoint=ord(m.group(0))))
    return out


def check_tone_style(page: Page) -> list[Problem]:
    """TXT003 for each use of the page's minority tone-mark style (old style loses a tie)."""
    found: dict[str, list[tuple[int, re.Match]]] = {"old": [], "new": []}
    for i, line in enumerate(page.prose):
        if line.isascii():
            continue
        for m in OLD_STYLE.finditer(line):
            found["old"].append((i, m))
        for m in NEW_STYLE.finditer(line):
            found["new"].append((i, m))
    if not found["old"] or not found["new"]:
        return []
    minority = "new" if len(found["new"]) < len(found["old"]) else "old"
    style = ("cũ", "old") if minority == "old" else ("mới", "new")
    out = []
    for i, m in found[minority]:
        line = page.prose[i]
        begin, word = _word_at(line, m.start())
        offset = m.start() - begin
        suggestion = word[:offset] + _restyle(m.group(0)) + word[offset + 2 :]
        out.append(
            problem(page.display, i + 1, begin + 1, "TXT003", word=word, style=style, suggestion=suggestion)
        )
    return out


def check_double_spaces(page: Page) -> list[Problem]:
    """TXT004 for two or more spaces between words in the body (tables and indentation excepted)."""
    out = []
    for i, line in enumerate(page.body):
        if "  " not in line or line.lstrip().startswith("|"):
            continue
        for m in DOUBLE_SPACE.finditer(line):
            out.append(problem(page.display, i + 1, m.start() + 1, "TXT004"))
    return out


def check_text(page: Page) -> list[Problem]:
    """Every text rule over *page*."""
    if page.decode_error:
        return [problem(page.display, 1, 1, "TXT006")]
    return check_nfc(page) + check_tone_style(page) + check_double_spaces(page)
