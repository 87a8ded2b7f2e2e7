"""Quiz figures: size of quiz.js / quiz.css (raw and gzipped) and time to read every quiz of docs/.

Usage: .venv/bin/python scripts/bench_quiz.py  (exit 1 when quiz.js is over its 5 KB gzipped budget)
"""

from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sotay.quiz.registry import load_registry  # noqa: E402

JS_BUDGET = 5 * 1024
ASSETS = ["overrides/assets/javascripts/quiz.js", "overrides/assets/stylesheets/quiz.css"]


def main() -> int:
    for rel in ASSETS:
        data = (ROOT / rel).read_bytes()
        print(f"{rel}: {len(data)} B raw, {len(gzip.compress(data, 9))} B gzipped")
    start = time.perf_counter()
    registry = load_registry(ROOT / "docs", root=ROOT)
    elapsed = time.perf_counter() - start
    count = sum(len(entries) for entries in registry.entries.values())
    questions = sum(len(e.quiz.questions) for entries in registry.entries.values() for e in entries)
    print(f"registry: {count} quizzes, {questions} questions read in {elapsed * 1000:.0f} ms")
    js = len(gzip.compress((ROOT / ASSETS[0]).read_bytes(), 9))
    if js > JS_BUDGET:
        print(f"quiz.js is over budget: {js} B > {JS_BUDGET} B gzipped", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
