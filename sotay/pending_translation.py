"""A translation marked ``translation: pending`` is not shown: readers get the original's text instead.

``sotay new`` writes such a twin next to every new Vietnamese page. Until a translator removes the
marker, the page behaves like a missing translation: the Vietnamese text with the fallback note.
"""

from __future__ import annotations

from pathlib import Path


def is_pending(meta: dict) -> bool:
    """True when the page's front matter says ``translation: pending``."""
    return meta.get("translation") == "pending"


def strip_front_matter(text: str) -> str:
    """*text* without its leading ``---`` … ``---`` block."""
    lines = text.split("\n")
    if lines and lines[0].rstrip() == "---":
        for i in range(1, len(lines)):
            if lines[i].rstrip() in ("---", "..."):
                return "\n".join(lines[i + 1 :]).lstrip("\n")
    return text


def original_markdown(meta: dict, src_uri: str, docs_dir: Path, default_lang: str) -> str | None:
    """The original page's Markdown for a pending translation at *src_uri* (``en/x.md``), else None."""
    lang, _, rel = src_uri.partition("/")
    if not is_pending(meta) or not rel or lang == default_lang:
        return None
    original = Path(docs_dir) / default_lang / rel
    return strip_front_matter(original.read_text(encoding="utf-8")) if original.is_file() else None
