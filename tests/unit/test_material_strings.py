"""Material's own Vietnamese strings still contain English; our override must not."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ENGLISH_WORDS = re.compile(r"\b(Initializing|Contributors|RSS feed|Tabs|Metadata|search|Search)\b")


def test_vietnamese_ui_strings_are_all_vietnamese():
    text = (ROOT / "overrides/partials/languages/vi.html").read_text(encoding="utf-8")
    values = re.findall(r'"([\w.]+)": "([^"]*)"', text)
    assert len(values) > 40
    english = [(k, v) for k, v in values if k != "search.config.lang" and ENGLISH_WORDS.search(v)]
    assert english == []
