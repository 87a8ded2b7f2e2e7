"""``sotay i18n-status``: a table of every page with its translation state."""

from __future__ import annotations

import json
from collections import Counter

from sotay.content.handbook import Handbook
from sotay.content.translation_rules import MISSING, ORPHAN, PENDING, STALE, TRANSLATED, translation_states

STATE_WORDS = {
    "vi": {
        TRANSLATED: "đã dịch",
        STALE: "cần cập nhật (bản dịch cũ hơn)",
        MISSING: "chưa dịch (chưa có tệp)",
        PENDING: "chưa dịch (translation: pending)",
        ORPHAN: "không có bản gốc",
    },
    "en": {
        TRANSLATED: "translated",
        STALE: "stale (older than the source)",
        MISSING: "missing (no file)",
        PENDING: "missing (translation: pending)",
        ORPHAN: "no Vietnamese original",
    },
}
HEADERS = {
    "vi": ("trang", "tiếng Việt", "bản dịch", "trạng thái"),
    "en": ("page", "source", "translation", "state"),
}


def status_rows(book: Handbook) -> list[dict]:
    """One row per page and translation language: path, language, both review dates, state."""
    rows = []
    for s in translation_states(book):
        src, dst = s.source_reviewed, s.translation_reviewed
        rows.append(
            {
                "page": s.rel,
                "lang": s.lang,
                "source_reviewed": src.isoformat() if src else None,
                "translation_reviewed": dst.isoformat() if dst else None,
                "state": s.state,
            }
        )
    return rows


def format_table(rows: list[dict], lang: str) -> str:
    """The rows as an aligned text table followed by a count per state."""
    words = STATE_WORDS[lang]
    table = [HEADERS[lang]] + [
        (
            f"{r['page']}" + (f" [{r['lang']}]" if r["lang"] != "en" else ""),
            r["source_reviewed"] or "—",
            r["translation_reviewed"] or "—",
            words[r["state"]],
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(3)]
    lines = [
        "  ".join(cell.ljust(widths[i]) if i < 3 else cell for i, cell in enumerate(row)) for row in table
    ]
    counts = Counter(r["state"] for r in rows)
    total = ", ".join(f"{words[state]}: {counts[state]}" for state in words if counts[state])
    return "\n".join(lines + ["", total or "—"])


def format_json(rows: list[dict]) -> str:
    """The rows as JSON."""
    return json.dumps(rows, ensure_ascii=False, indent=2)
