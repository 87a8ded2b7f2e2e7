"""``sotay check``: run the content checks and report ``file:line:col: CODE message``."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path


def _files(paths: list[str]) -> list[Path]:
    roots = [Path(p) for p in paths] or [Path("docs")]
    out: list[Path] = []
    for root in roots:
        out.extend(sorted(root.rglob("*.md")) if root.is_dir() else [root])
    return out


def run_check(args) -> int:
    """Check the Markdown files named in *args* (default ``docs/``); return the exit code."""
    problems = []
    for path in _files(args.paths):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if unicodedata.normalize("NFC", line) != line:
                msg = "văn bản chưa ở dạng NFC" if args.lang == "vi" else "text is not in NFC form"
                problems.append(
                    {"file": str(path), "line": lineno, "col": 1, "code": "TXT001", "message": msg}
                )
    if args.format == "json":
        print(json.dumps(problems, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(f"{p['file']}:{p['line']}:{p['col']}: {p['code']} {p['message']}")
        print(f"{len(problems)} lỗi" if args.lang == "vi" else f"{len(problems)} errors", file=sys.stderr)
    return 1 if problems else 0
