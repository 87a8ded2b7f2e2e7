"""Synonym groups for search, read from the glossary (``*[CCCD]: Căn cước công dân`` lines).

A group is a list of equivalent phrases, each a list of folded terms:
``[["cccd"], ["can", "cuoc", "cong", "dan"]]``. The browser rewrites a query that contains one
phrase of a group into the other phrases and keeps, for every page, the best-scoring variant.

Glossary entries are tooltips, often explanations ("APK: Tệp cài đặt ứng dụng Android; …"), so
only a phrase whose words' first letters spell the abbreviation counts as a synonym:
"Bảo hiểm xã hội" for BHXH, "One-Time Password" for OTP, but not "Mã dùng một lần".
"""

from __future__ import annotations

import re
from pathlib import Path

from sotay.search.terms import words

_DEFINITION = re.compile(r"^\*\[(?P<abbr>[^\]]+)\]:\s*(?P<text>.+?)\s*$")
_PARENTHESES = re.compile(r"\(([^)]*)\)")
_SEPARATORS = re.compile(r"[;,/]")

Group = list[list[str]]


def _phrases(text: str) -> list[list[str]]:
    """Split an expansion into phrases: the text outside parentheses and each part inside them."""
    inside = _PARENTHESES.findall(text)
    outside = _PARENTHESES.sub(" ", text)
    parts = [outside, *inside]
    return [w for w in (words(p) for part in parts for p in _SEPARATORS.split(part)) if w]


def spells(phrase: list[str], abbr: list[str]) -> bool:
    """True when the first letters of *phrase*'s words spell *abbr*: ``dich vu cong`` → ``dvc``."""
    return len(phrase) > 1 and "".join(w[0] for w in phrase) == "".join(abbr)


def glossary_groups(markdown: str) -> list[Group]:
    """Return one synonym group per abbreviation defined in *markdown* (the glossary file).

    ``*[BHXH]: Bảo hiểm xã hội`` gives ``[["bhxh"], ["bao", "hiem", "xa", "hoi"]]``; an English
    expansion with the Vietnamese name in parentheses yields both phrases when both spell it.
    """
    groups: list[Group] = []
    for line in markdown.splitlines():
        match = _DEFINITION.match(line.strip())
        if not match:
            continue
        abbr = words(match["abbr"])
        group: Group = [abbr]
        for phrase in _phrases(match["text"]):
            if spells(phrase, abbr) and phrase not in group:
                group.append(phrase)
        if len(group) > 1:
            groups.append(group)
    return merge_groups(groups)


def merge_groups(groups: list[Group]) -> list[Group]:
    """Join groups that share a phrase, so every phrase belongs to exactly one group."""
    merged: list[Group] = []
    for group in groups:
        target = next((m for m in merged if any(p in m for p in group)), None)
        if target is None:
            merged.append(list(group))
        else:
            target.extend(p for p in group if p not in target)
    return merged


def load_groups(path: Path) -> list[Group]:
    """Synonym groups of the glossary file at *path*; none when the file does not exist."""
    return glossary_groups(path.read_text(encoding="utf-8")) if path.is_file() else []
