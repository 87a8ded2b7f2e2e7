"""The site-wide quiz registry: unique ids per language, twins, references, reading order."""

from pathlib import Path

from sotay.quiz.registry import load_registry


def quiz(quiz_id: str, qid: str = "otp", text: str = "Câu hỏi?") -> str:
    return f"---\ntitle: Trang {quiz_id}\n---\n\n/// quiz\n    id: {quiz_id}\n\n? {text} {{#{qid}}}\n- (x) A\n- ( ) B\n> Vì.\n///\n"


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / "docs" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "docs"


def errors(registry, lang="vi"):
    return [e.format("en") for e in registry.errors[lang]]


def test_a_clean_handbook_has_no_errors(tmp_path):
    docs = write(tmp_path, {"vi/a/kiem-tra.md": quiz("a-kiem-tra"), "en/a/kiem-tra.md": quiz("a-kiem-tra")})
    registry = load_registry(docs, root=tmp_path)
    assert errors(registry) == [] and errors(registry, "en") == []


def test_quiz_ids_are_unique_per_language_and_the_error_names_both_places(tmp_path):
    docs = write(
        tmp_path, {"vi/a/bai.md": quiz("trung"), "vi/b/bai.md": quiz("trung"), "en/a/bai.md": quiz("trung")}
    )
    registry = load_registry(docs, root=tmp_path)
    assert errors(registry) == [
        "docs/vi/b/bai.md:6:1: QUIZ003 Quiz id «trung» is already used at docs/vi/a/bai.md:6; every quiz needs its own id."
    ]
    assert errors(registry, "en") == [], "the English twin reuses the id"


def test_translation_must_reuse_the_vietnamese_ids(tmp_path):
    docs = write(tmp_path, {"vi/a/bai.md": quiz("a-bai"), "en/a/bai.md": quiz("a-lesson", qid="mot")})
    registry = load_registry(docs, root=tmp_path)
    assert errors(registry, "en") == [
        "docs/en/a/bai.md:6:1: QUIZ022 A translation must reuse the Vietnamese ids: «a-lesson» is not in vi/a/bai.md."
    ]


def test_parse_errors_carry_the_file_and_its_real_line(tmp_path):
    broken = quiz("a-bai").replace("- ( ) B\n", "")
    registry = load_registry(write(tmp_path, {"vi/a/bai.md": broken}), root=tmp_path)
    assert errors(registry) == [
        "docs/vi/a/bai.md:8:1: QUIZ004 A question needs at least 2 options (it has 1)."
    ]


def test_references_are_checked_against_every_page(tmp_path):
    assess = "# Ôn tập\n\n/// quiz\n    id: on-tap\n    questions:\n      - a-bai#otp\n      - a-bai#3\n      - khong-co#1\n///\n"
    docs = write(tmp_path, {"vi/a/bai.md": quiz("a-bai"), "vi/on-tap/index.md": assess})
    registry = load_registry(docs, root=tmp_path)
    assert errors(registry) == [
        "docs/vi/on-tap/index.md:7:1: QUIZ017 Referenced question «a-bai#3» was not found "
        "(quiz «a-bai» has no such question; it has 1 questions).",
        "docs/vi/on-tap/index.md:8:1: QUIZ017 Referenced question «khong-co#1» was not found (no quiz has id «khong-co»).",
    ]


def test_readers_of_english_meet_untranslated_quizzes_in_vietnamese(tmp_path):
    docs = write(
        tmp_path,
        {
            "vi/a/index.md": "# Chương A\n",
            "vi/a/bai.md": quiz("a-bai"),
            "vi/b/bai.md": quiz("b-bai"),
            "en/a/index.md": "# Chapter A\n",
            "en/a/bai.md": quiz("a-bai", text="Question?"),
        },
    )
    registry = load_registry(docs, root=tmp_path)
    seen = [(e.lang, e.quiz.id) for e in registry.site_entries("en")]
    assert seen == [("en", "a-bai"), ("vi", "b-bai")]
    assert registry.chapter("a/bai.md", "en").title == "Chapter A"
    assert registry.chapter("b/bai.md", "en").index_path == "b/bai.md", "no overview page: link to the page"


def test_reading_order_follows_the_navigation_when_known(tmp_path):
    docs = write(tmp_path, {"vi/a/bai.md": quiz("a-bai"), "vi/b/bai.md": quiz("b-bai")})
    registry = load_registry(docs, root=tmp_path)
    assert [e.quiz.id for e in registry.site_entries("vi")] == ["a-bai", "b-bai"]
    registry.order = ["b/bai.md", "a/bai.md"]
    assert [e.quiz.id for e in registry.site_entries("vi")] == ["b-bai", "a-bai"]


def test_a_one_language_site_reads_docs_directly(tmp_path):
    docs = write(tmp_path, {"a/bai.md": quiz("a-bai")})
    registry = load_registry(docs, languages=("vi",), root=tmp_path)
    assert [e.path for e in registry.site_entries("vi")] == ["a/bai.md"]


def test_an_impossible_date_in_front_matter_does_not_crash_the_registry():
    from sotay.quiz.registry import page_title

    text = "---\ntitle: Bài có ngày sai\nreviewed: 2026-13-01\n---\n# Tiêu đề trong bài\n"
    assert page_title(text, "x") == "Tiêu đề trong bài"
