"""How ``sotay check`` prints what it found: text lines, a summary, JSON, the list of codes."""

from __future__ import annotations

import json

from sotay.content.checker import CheckResult
from sotay.content.rules import Problem, all_codes, describe

LABELS = {
    "vi": {"error": "lỗi", "warning": "cảnh báo"},
    "en": {"error": "error", "warning": "warning"},
}


def format_problem(p: Problem, lang: str) -> str:
    """``file:line:col: CODE severity: message``."""
    return f"{p.path}:{p.line}:{p.col}: {p.code} {LABELS[lang][p.severity]}: {p.message(lang)}"


def summary(result: CheckResult, seconds: float, lang: str, strict: bool = False) -> str:
    """One line: files checked, errors, warnings, time; and whether the content may be published."""
    errors, warnings = len(result.errors), len(result.warnings)
    failing = errors or (strict and warnings)
    if lang == "en":
        head = f"Checked {result.files} files in {seconds:.2f} s: {errors} errors, {warnings} warnings."
        tail = " Fix the errors before publishing." if failing else " OK to publish."
    else:
        secs = f"{seconds:.2f}".replace(".", ",")
        head = f"Đã kiểm tra {result.files} tệp trong {secs} giây: {errors} lỗi, {warnings} cảnh báo."
        tail = " Hãy sửa các lỗi trước khi xuất bản." if failing else " Có thể xuất bản."
    if strict and warnings and not errors:
        tail += (
            " (--strict: cảnh báo tính là lỗi)" if lang == "vi" else " (--strict: warnings count as errors)"
        )
    return head + tail


def to_json(result: CheckResult, seconds: float, lang: str) -> str:
    """The problems and the counts as JSON (for CI annotations)."""
    return json.dumps(
        {
            "problems": [
                {
                    "file": p.path,
                    "line": p.line,
                    "col": p.col,
                    "code": p.code,
                    "severity": p.severity,
                    "message": p.message(lang),
                }
                for p in result.problems
            ],
            "summary": {
                "files": result.files,
                "errors": len(result.errors),
                "warnings": len(result.warnings),
                "seconds": round(seconds, 3),
            },
        },
        ensure_ascii=False,
        indent=2,
    )


def codes_table(lang: str) -> str:
    """Every code with its severity, meaning and fix, as a Markdown table."""
    head = ("| mã | mức | ý nghĩa | cách sửa |", "| code | level | meaning | fix |")[lang == "en"]
    rows = [head, "| --- | --- | --- | --- |"]
    for code in all_codes():
        severity, meaning, fix = describe(code, lang)
        cells = [code, LABELS[lang][severity], meaning, fix]
        rows.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
    return "\n".join(rows)


def exit_code(result: CheckResult, strict: bool) -> int:
    """1 when there are errors (or warnings with *strict*), else 0."""
    return 1 if result.errors or (strict and result.warnings) else 0
