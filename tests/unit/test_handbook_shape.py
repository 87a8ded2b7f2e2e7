"""The real handbook has the shape the content issue asks for: every chapter ends with a real quiz,
how-to guides have their four parts, and there is enough real content in both languages."""

import re
from pathlib import Path

import pytest
import yaml

from sotay.quiz.parser import parse_quiz_blocks

DOCS = Path(__file__).resolve().parents[2] / "docs"
CHAPTERS = [
    "gioi-thieu",
    "dien-thoai",
    "vneid",
    "dich-vu-cong",
    "thanh-toan-so",
    "ung-dung",
    "an-toan",
    "tri-tue-nhan-tao",
    "tinh-nguyen-vien",
]
HOWTO_PARTS = {
    "vi": ["Bạn cần chuẩn bị", "Các bước", "Kết quả", "Lỗi thường gặp"],
    "en": ["Before you start", "Steps", "What you should see", "Common problems"],
}


def _front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    _, meta, body = text.split("---\n", 2)
    return yaml.safe_load(meta), body


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_chapter_ends_with_a_quiz_of_at_least_five_explained_questions(chapter, lang):
    page = DOCS / lang / chapter / "kiem-tra.md"
    assert page.is_file(), f"{page} is missing"
    quizzes = {q.id: q for q in parse_quiz_blocks(page.read_text(encoding="utf-8"))}
    quiz = quizzes[f"{chapter}-kiem-tra"]
    assert len(quiz.questions) >= 5
    assert all(q.explanation for q in quiz.questions)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_how_to_guide_has_its_four_parts_and_a_time(lang):
    missing = []
    for path in sorted((DOCS / lang).rglob("*.md")):
        meta, body = _front_matter(path)
        if meta.get("type") != "howto":
            continue
        headings = re.findall(r"^## (.+?)\s*$", body, re.M)
        missing += [f"{path.relative_to(DOCS)}: {part}" for part in HOWTO_PARTS[lang] if part not in headings]
        if not meta.get("time"):
            missing.append(f"{path.relative_to(DOCS)}: time")
    assert missing == []


def test_enough_real_vietnamese_content():
    pages = [p for p in (DOCS / "vi").rglob("*.md") if p.name != "index.md"]
    words = [len(_front_matter(p)[1].split()) for p in pages]
    assert len(pages) >= 40
    assert sum(words) / len(words) >= 350
