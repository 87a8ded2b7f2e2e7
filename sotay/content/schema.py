"""The front-matter schema of a handbook page, defined once.

Used by ``sotay check`` (validation), ``sotay new`` (writing new pages) and the page facts shown on the
site (dates). CONTRIBUTING.md §2 describes the same fields for editors.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass

PAGE_TYPES = ("overview", "lesson", "howto", "quiz", "reference")
AUDIENCES = ("citizen", "volunteer", "editor", "agency")
TRANSLATION_STATES = ("pending",)
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Keys the theme understands (Material for MkDocs); allowed but not part of our schema.
THEME_KEYS = ("hide", "icon", "status", "subtitle", "template", "search")


@dataclass(frozen=True)
class Field:
    """One front-matter key: its kind decides how the value is checked."""

    name: str
    kind: str  # text | sentence | choice | choices | slugs | date | minutes
    required: bool
    about_vi: str
    about_en: str
    choices: tuple[str, ...] = ()


FIELDS: tuple[Field, ...] = (
    Field("title", "text", True, "tiêu đề ngắn, rõ việc cần làm", "a short title saying what the page does"),
    Field("description", "sentence", True, "một câu mô tả trang", "one sentence describing the page"),
    Field("type", "choice", True, "loại trang", "the page type", PAGE_TYPES),
    Field("audience", "choices", True, "người đọc", "who the page is for", AUDIENCES),
    Field("tags", "slugs", True, "từ khóa không dấu", "lower-case ASCII keywords"),
    Field("reviewed", "date", True, "ngày rà soát gần nhất", "the date the page was last reviewed"),
    Field("owner", "text", True, "người/nhóm chịu trách nhiệm", "the person or team responsible"),
    Field("time", "minutes", False, "số phút cần để làm (howto)", "minutes needed (how-to guides)"),
    Field("review_due", "date", False, "ngày cần rà soát lại", "the date the page must be reviewed again"),
    Field(
        "translation",
        "choice",
        False,
        "trạng thái bản dịch",
        "translation state",
        TRANSLATION_STATES,
    ),
)
FIELD_BY_NAME = {f.name: f for f in FIELDS}


@dataclass(frozen=True)
class Issue:
    """A schema violation: rule *code* about *key*, with message parameters."""

    code: str
    key: str
    params: dict


_EXPECTED = {
    "text": ("một đoạn chữ", "text"),
    "sentence": ("một câu chữ", "a sentence of text"),
    "choice": ("một giá trị", "one value"),
    "choices": ("một danh sách, ví dụ [citizen, volunteer]", "a list, e.g. [citizen, volunteer]"),
    "slugs": ("một danh sách từ khóa, ví dụ [vneid, otp]", "a list of keywords, e.g. [vneid, otp]"),
    "date": ("một ngày", "a date"),
    "minutes": (
        "một số phút (số nguyên dương), ví dụ 15",
        "a number of minutes (a positive whole number), e.g. 15",
    ),
}


def parse_date(value: object) -> dt.date | None:
    """Return *value* as a date when it is a date or an ISO ``YYYY-MM-DD`` string, else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str | list) and not value)


def _check_value(field: Field, value: object) -> list[Issue]:
    wrong = [Issue("FM004", field.name, {"expected": _EXPECTED[field.kind]})]
    allowed = ", ".join(field.choices)
    if field.kind in ("text", "sentence", "choice"):
        if not isinstance(value, str):
            return wrong
        if field.kind == "choice" and value not in field.choices:
            return [Issue("FM005", field.name, {"value": value, "allowed": allowed})]
        return []
    if field.kind in ("choices", "slugs"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return wrong
        if field.kind == "choices":
            bad = [v for v in value if v not in field.choices]
        else:
            bad = [v for v in value if not SLUG.match(v)]
            allowed = ("chữ thường không dấu nối bằng `-`", "lower-case ASCII words joined by `-`")
        return [Issue("FM005", field.name, {"value": v, "allowed": allowed}) for v in bad]
    if field.kind == "date":
        return [] if parse_date(value) else [Issue("FM006", field.name, {"value": value})]
    if field.kind == "minutes":
        ok = isinstance(value, int) and not isinstance(value, bool) and value > 0
        return [] if ok else wrong
    raise ValueError(field.kind)


def validate(meta: dict) -> list[Issue]:
    """Every schema violation of the front matter *meta*, in schema order, unknown keys last.

    A missing or empty ``description`` is reported as STR003 (the structure rule), every other missing
    required key as FM003.
    """
    issues: list[Issue] = []
    for field in FIELDS:
        value = meta.get(field.name)
        if _empty(value):
            if field.required:
                code = "STR003" if field.name == "description" else "FM003"
                issues.append(Issue(code, field.name, {"about": (field.about_vi, field.about_en)}))
            continue
        issues.extend(_check_value(field, value))
    known = [f.name for f in FIELDS]
    for key in meta:
        if key not in FIELD_BY_NAME and key not in THEME_KEYS:
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = (f" (có phải `{close[0]}`?)", f" (did you mean `{close[0]}`?)") if close else ""
            issues.append(Issue("FM007", str(key), {"hint": hint}))
    return issues


def _yaml_scalar(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_yaml_scalar(v) for v in value) + "]"
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    needs_quotes = not text or text[0] in "!&*[]{}|>'\"%@`#,?:-" or ": " in text or " #" in text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"' if needs_quotes else text


def render_front_matter(values: dict) -> str:
    """The ``---`` block for *values*, keys in schema order (unknown keys are refused)."""
    unknown = [k for k in values if k not in FIELD_BY_NAME]
    if unknown:
        raise KeyError(f"not in the schema: {unknown}")
    lines = [f"{f.name}: {_yaml_scalar(values[f.name])}" for f in FIELDS if f.name in values]
    return "---\n" + "\n".join(lines) + "\n---\n"
