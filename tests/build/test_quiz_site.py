"""Build the quiz fixture handbook (vi + en) and check what readers, search and printers get."""

import re
import subprocess
import sys
from pathlib import Path

from tests.support.html import read, tags
from tests.support.visible_text import element_html, visible_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def article(html: str) -> str:
    return html.split("<article", 1)[1].split("</article>", 1)[0]


def test_quiz_pages_load_the_quiz_script_deferred_and_other_pages_do_not(quiz_site):
    html = read(quiz_site, "/chuong-a/kiem-tra/")
    scripts = [t for t in tags(html, "script") if "quiz.js" in t.get("src", "")]
    assert len(scripts) == 1 and "defer" in scripts[0]
    assert any("quiz.css" in t.get("href", "") for t in tags(html, "link"))
    for page in ("/on-tap/tien-do/", "/on-tap/dap-an/", "/en/on-tap/tu-danh-gia/"):
        assert "quiz.js" in read(quiz_site, page)
    assert "quiz.js" not in read(quiz_site, "/chuong-a/") and "quiz.css" not in read(quiz_site, "/chuong-a/")
    assert (quiz_site / "assets/javascripts/quiz.js").is_file()


def test_quiz_markup_has_no_inline_script(quiz_site):
    body = article(read(quiz_site, "/chuong-a/kiem-tra/"))
    assert "<script" not in body and "onclick" not in body


def test_answers_feedback_and_explanations_are_hidden_before_checking(quiz_site):
    body = article(read(quiz_site, "/chuong-a/kiem-tra/"))
    seen = visible_text(body)
    assert "Ai được phép hỏi mã OTP của bạn?" in seen and "Nhân viên ngân hàng gọi điện tới" in seen
    for secret in (
        "Ngân hàng không bao giờ gọi",
        "chìa khóa tài khoản",
        "Tên xã không phải bí mật",
        "Đáp án đúng",
    ):
        assert secret not in seen and secret in body


def test_answers_feedback_and_explanations_are_kept_out_of_search(quiz_site):
    body = article(read(quiz_site, "/chuong-a/kiem-tra/"))
    for cls in ("sotay-quiz__answer", "sotay-quiz__fb", "sotay-quiz__verdict", "sotay-quiz__summary"):
        marked = [t for t in tags(body) if t.get("class", "") == cls]
        assert marked and all(t.get("data-pagefind-ignore") == "all" for t in marked), cls
    assert (
        "data-pagefind-ignore"
        in read(quiz_site, "/on-tap/dap-an/").split('class="sotay-quiz-answers"')[1][:80]
    )


def test_self_assessment_links_each_chapter_back_to_its_lessons(quiz_site):
    html = read(quiz_site, "/on-tap/tu-danh-gia/")
    assert html.count('class="sotay-quiz__q"') == 3
    assert '<li data-chapter="chuong-a"><a href="../../chuong-a/">Chương A</a>' in html
    assert '<li data-chapter="chuong-b"><a href="../../chuong-b/">Chương B</a>' in html


def test_english_self_assessment_uses_english_questions_and_falls_back_to_vietnamese(quiz_site):
    html = read(quiz_site, "/en/on-tap/tu-danh-gia/")
    assert "Who may ask for your OTP code?" in visible_text(html) and "Results by chapter" in html
    assert re.search(r'<fieldset [^>]*lang="vi"', html), (
        "the untranslated chapter's question is marked Vietnamese"
    )
    assert '<a href="../../chuong-a/">Chapter A</a>' in html


def test_progress_page_lists_every_quiz_in_reading_order_with_links(quiz_site):
    html = read(quiz_site, "/on-tap/tien-do/")
    rows = [t["data-quiz"] for t in tags(html, "li") if "data-quiz" in t]
    assert rows == ["chuong-a-bai", "chuong-a-kiem-tra", "chuong-b-kiem-tra", "tu-danh-gia"]
    assert 'href="../../chuong-a/kiem-tra/#quiz-chuong-a-kiem-tra"' in html
    en = read(quiz_site, "/en/on-tap/tien-do/")
    assert [t["data-quiz"] for t in tags(en, "li") if "data-quiz" in t] == rows
    assert "My progress" in en and "Clear progress on this device" in en


def test_answer_key_lists_every_chapter_quiz_with_answers(quiz_site):
    body = element_html(read(quiz_site, "/on-tap/dap-an/"), "sotay-quiz-answers")
    assert body.count('class="sotay-quiz-answers__quiz"') == 3, "the self-assessment only repeats questions"
    seen = visible_text(body)
    assert "Đáp án đúng: Không ai cả" in seen and "Mã OTP chỉ dành cho chính bạn" in seen
    assert "Các đáp án đúng: Mã OTP Mật khẩu" in seen and "<input" not in body


def test_a_broken_quiz_fails_the_strict_build_naming_file_and_line(tmp_path):
    cmd = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        "mkdocs.yml",
        "-d",
        str(tmp_path / "site"),
    ]
    result = subprocess.run(
        cmd,
        cwd=FIXTURES / "quiz-broken",
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""},
    )
    assert result.returncode != 0
    assert (
        "docs/vi/bai.md:11:1: QUIZ006 Câu hỏi một đáp án ( ) phải có đúng một lựa chọn (x) (đang có 2)"
        in result.stderr
    )
    assert "A single-choice ( ) question needs exactly one (x) option (it has 2)" in result.stderr
    assert "Aborted with 1 errors in strict mode!" in result.stdout + result.stderr


def test_site_search_finds_questions_but_never_answers_or_explanations(quiz_site):
    index = " ".join(
        p.read_text(encoding="utf-8", errors="replace") for p in quiz_site.glob("search/**/*") if p.is_file()
    )
    assert "Ai được phép hỏi mã OTP của bạn?" in index
    for secret in (
        "Ngân hàng không bao giờ gọi điện",
        "chìa khóa tài khoản",
        "Tên xã không phải bí mật",
        "Đáp án đúng",
    ):
        assert secret not in index
