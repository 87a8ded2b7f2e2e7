"""``sotay new``: write a new page (Vietnamese) and its English twin marked ``translation: pending``.

The front matter comes from the schema (:mod:`sotay.content.schema`); the body from a template per
page type in ``templates/`` with guidance text for the editor to replace.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from string import Template

from sotay.content.schema import SLUG, render_front_matter

TEMPLATES = Path(__file__).with_name("templates")

# type: (Vietnamese, English) explanation shown by `sotay new --help`.
PAGE_KINDS: dict[str, tuple[str, str]] = {
    "lesson": (
        "bài học: giải thích, ví dụ, câu hỏi kiểm tra nhanh",
        "lesson: explanation, example, quick check",
    ),
    "howto": ("hướng dẫn từng bước: chuẩn bị, các bước, kết quả, lỗi thường gặp", "how-to guide: steps"),
    "quiz": ("bài kiểm tra của chương", "the chapter's quiz"),
    "reference": ("tra cứu: thuật ngữ, nguồn chính thức, nơi hỗ trợ", "reference: terms, sources, help"),
    "overview": ("trang tổng quan của chương (index.md)", "a chapter's overview page (index.md)"),
}
OWNER = {"vi": "Nhóm biên tập Sổ tay", "en": "Sổ tay editorial team"}
DESCRIPTION = {
    "vi": "Viết một câu nói trang này giúp người đọc làm được gì.",
    "en": "One sentence saying what this page helps the reader do.",
}


class ScaffoldError(ValueError):
    """The page cannot be created; the message exists in Vietnamese and English."""

    def __init__(self, vi: str, en: str):
        super().__init__(en)
        self.message_vi, self.message_en = vi, en

    def message(self, lang: str) -> str:
        """The message in *lang*."""
        return self.message_en if lang == "en" else self.message_vi


def page_path(target: str, languages: tuple[str, ...]) -> str:
    """*target* as a path inside a language folder: ``docs/vi/vneid/x`` → ``vneid/x.md``."""
    parts = [p for p in Path(target).as_posix().split("/") if p not in ("", ".")]
    if parts and parts[0] == "docs":
        parts = parts[1:]
    if parts and parts[0] in languages:
        parts = parts[1:]
    if not parts:
        raise ScaffoldError(
            "Thiếu đường dẫn trang, ví dụ: vneid/cai-dat", "Give a page path, e.g. vneid/install"
        )
    parts[-1] = parts[-1].removesuffix(".md")
    bad = [p for p in parts if not SLUG.match(p)]
    if bad:
        raise ScaffoldError(
            f"Tên «{bad[0]}» không hợp lệ: dùng chữ thường không dấu, số và gạch ngang (ví dụ cai-dat-vneid).",
            f"«{bad[0]}» is not a valid name: use lower-case ASCII letters, digits and hyphens (e.g. install-vneid).",
        )
    return "/".join(parts) + ".md"


def _default_title(rel: str) -> str:
    parts = rel.removesuffix(".md").split("/")
    slug = parts[-2] if parts[-1] == "index" and len(parts) > 1 else parts[-1]
    return slug.replace("-", " ").capitalize()


def quiz_id(rel: str) -> str:
    """A quiz id unique in the handbook, from the page path: ``vneid/kiem-tra.md`` → ``vneid-kiem-tra``."""
    return rel.removesuffix(".md").removesuffix("/index").replace("/", "-")


def render_page(
    page_type: str, rel: str, lang: str, title: str, today: dt.date, pending: bool = False
) -> str:
    """The full text of a new page of *page_type* in *lang*: front matter plus guidance body."""
    chapter = rel.split("/")[0].removesuffix(".md")
    values: dict = {
        "title": title,
        "description": DESCRIPTION["vi" if pending else lang],
        "type": page_type,
        "audience": ["citizen", "volunteer"] if page_type == "reference" else ["citizen"],
        "tags": [chapter],
        "reviewed": today,
        "owner": OWNER[lang],
    }
    if page_type == "howto":
        values["time"] = 15
    if pending:
        values["translation"] = "pending"
    body = Template((TEMPLATES / f"{page_type}.{lang}.md").read_text(encoding="utf-8"))
    return render_front_matter(values) + "\n" + body.substitute(title=title, quiz_id=quiz_id(rel))


def new_page(
    page_type: str,
    target: str,
    docs_dir: Path,
    *,
    title: str | None = None,
    today: dt.date | None = None,
    languages: tuple[str, ...] = ("vi", "en"),
) -> list[Path]:
    """Create the page in the first (source) language and a pending twin in every other one.

    Refuses to overwrite: raises :class:`ScaffoldError` when any of the files already exists.
    Returns the files written, source first.
    """
    if page_type not in PAGE_KINDS:
        raise ScaffoldError(f"Không có loại trang «{page_type}».", f"There is no page type «{page_type}».")
    rel = page_path(target, languages)
    title = title or _default_title(rel)
    today = today or dt.date.today()
    files = [docs_dir / lang / rel for lang in languages]
    existing = [f for f in files if f.exists()]
    if existing:
        raise ScaffoldError(
            f"Tệp đã có, không ghi đè: {existing[0]}", f"The file exists, not overwriting: {existing[0]}"
        )
    for i, (lang, path) in enumerate(zip(languages, files, strict=True)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_page(page_type, rel, lang, title, today, pending=i > 0), encoding="utf-8")
    return files
