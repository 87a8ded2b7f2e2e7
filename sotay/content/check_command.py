"""``sotay check``: run the content checks and report ``file:line:col: CODE message``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sotay.content.checker import check_paths, missing_paths
from sotay.content.report import codes_table, exit_code, format_problem, summary, to_json


def run_check(args) -> int:
    """Check the Markdown files named in *args* (default ``docs/``); return the exit code."""
    lang = args.lang
    if getattr(args, "codes", False):
        print(codes_table(lang))
        return 0
    paths = [Path(p) for p in args.paths] or [Path(getattr(args, "docs", None) or "docs")]
    missing = missing_paths(paths)
    if missing:
        for p in missing:
            print(f"{p}: {'không tìm thấy' if lang == 'vi' else 'not found'}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = check_paths(paths)
    seconds = time.perf_counter() - started
    if args.format == "json":
        print(to_json(result, seconds, lang))
    else:
        for p in result.problems:
            print(format_problem(p, lang))
        print(summary(result, seconds, lang, strict=args.strict))
    return exit_code(result, args.strict)
