"""Markdown → HTML for every quiz feature (the extension on its own, and with a site registry)."""

import markdown
import pytest

from sotay.quiz import QuizError
from sotay.quiz.registry import QuizRegistry
from sotay.quiz.site import PageInfo, QuizSite
from tests.support.html import tags
from tests.support.visible_text import visible_text

OTP_QUIZ = """# Bài học

/// quiz | Kiểm tra nhanh
    id: vneid-kiem-tra

? Mã **OTP** là gì? {#otp}
- ( ) Mật khẩu cố định
- (x) Mã dùng `một lần`, chỉ mình bạn được biết
    : Đúng. Mã OTP chỉ dùng một lần.
- ( ) Số điện thoại của tổng đài
    : Không phải. Tổng đài không liên quan.
> Mã OTP được gửi để xác nhận chính bạn.
>
> Không đưa mã này cho ai.

? Những thông tin nào không được đưa cho người lạ?
- [x] Mã OTP
- [x] Mật khẩu
- [ ] Tên xã nơi bạn sống
> Mã OTP và mật khẩu là "chìa khóa" tài khoản.
///
"""

EXTENSIONS = ["sotay.quiz.markdown_ext", "attr_list", "md_in_html", "pymdownx.superfences"]


def render(text: str, **config) -> str:
    return markdown.markdown(
        text, extensions=EXTENSIONS, extension_configs={"sotay.quiz.markdown_ext": config}
    )


def test_single_choice_is_a_fieldset_of_labelled_radio_buttons():
    html = render(OTP_QUIZ)
    assert html.count("<fieldset") == 2 and html.count("<legend>") == 2
    radios = [t for t in tags(html, "input") if t["type"] == "radio"]
    assert len(radios) == 3 and {r["name"] for r in radios} == {"q-vneid-kiem-tra--1"}
    assert (
        '<label><input name="q-vneid-kiem-tra--1" type="radio" value="0" /><span>Mật khẩu cố định</span></label>'
        in html
    )
    assert "Câu 1/2." in html and "Chọn một đáp án." in html


def test_multiple_choice_uses_checkboxes():
    html = render(OTP_QUIZ)
    boxes = [t for t in tags(html, "input") if t["type"] == "checkbox"]
    assert len(boxes) == 3 and {b["name"] for b in boxes} == {"q-vneid-kiem-tra--2"}
    assert "Chọn tất cả các đáp án đúng." in html


def test_question_id_is_not_shown_and_inline_markdown_is_formatted():
    html = render(OTP_QUIZ)
    assert "{#otp}" not in html
    assert "Mã <strong>OTP</strong> là gì?" in html
    assert "<code>một lần</code>" in html


def test_quiz_container_carries_id_language_and_script_strings():
    div = next(t for t in tags(render(OTP_QUIZ), "div") if t.get("class") == "sotay-quiz")
    assert (
        div["id"] == "quiz-vneid-kiem-tra"
        and div["data-quiz"] == "vneid-kiem-tra"
        and div["data-lang"] == "vi"
    )
    assert div["data-t-right"] == "✓ Đúng rồi!" and div["data-t-wrong"] == "✗ Chưa đúng."
    assert "<script" not in render(OTP_QUIZ)


def test_answers_feedback_and_explanations_are_not_visible_before_checking():
    text = visible_text(render(OTP_QUIZ))
    assert "Mã OTP là gì?" in text and "Mật khẩu cố định" in text
    for secret in ("Đúng. Mã OTP", "Không phải. Tổng đài", "xác nhận chính bạn", "chìa khóa", "Đáp án đúng"):
        assert secret not in text
    assert "Xem đáp án" in text


def test_show_answer_details_hold_correct_options_explanation_and_other_feedback():
    html = render(OTP_QUIZ)
    first = html.split("<details")[1].split("</details>")[0]
    assert 'class="sotay-quiz__answer" data-pagefind-ignore="all"' in first
    assert "<summary>Xem đáp án</summary>" in first
    assert (
        "<strong>Đáp án đúng:</strong> <span>Mã dùng <code>một lần</code>, chỉ mình bạn được biết</span>"
        in first
    )
    assert "<strong>Giải thích:</strong> <span>Mã OTP được gửi để xác nhận chính bạn.</span>" in first
    assert "<p>Không đưa mã này cho ai.</p>" in first, "an empty > line starts a new paragraph"
    assert "Không phải. Tổng đài không liên quan." in first
    second = html.split("<details")[2].split("</details>")[0]
    assert "Các đáp án đúng:" in second and "<li>Mã OTP</li>" in second and "<li>Mật khẩu</li>" in second
    assert "Tên xã" not in second


def test_correct_options_and_feedback_are_marked_for_script_and_ignored_by_search():
    html = render(OTP_QUIZ)
    options = [t for t in tags(html, "li") if t.get("class") == "sotay-quiz__opt"]
    assert ["data-correct" in o for o in options] == [False, True, False, True, True, False]
    feedback = [t for t in tags(html, "p") if t.get("class") == "sotay-quiz__fb"]
    assert len(feedback) == 2 and all("hidden" in f and f["data-pagefind-ignore"] == "all" for f in feedback)
    verdicts = [t for t in tags(html, "p") if t.get("class") == "sotay-quiz__verdict"]
    assert all(v["role"] == "status" and v["aria-live"] == "polite" for v in verdicts)


def test_check_buttons_exist_but_stay_hidden_without_script():
    html = render(OTP_QUIZ)
    assert (
        html.count(
            '<div class="sotay-quiz__actions" hidden="hidden"><button class="md-button sotay-quiz__check"'
        )
        == 2
    )
    assert "Kiểm tra" not in visible_text(html).replace("Kiểm tra nhanh", "")


def test_english_interface():
    html = render(OTP_QUIZ, lang="en")
    assert "<summary>Show answer</summary>" in html and ">Check</button>" in html
    assert "Question 1 of 2." in html and "Choose one answer." in html and "Correct answers:" in html


def test_long_lines_can_continue_indented():
    text = "/// quiz\n    id: dai\n\n? Một câu hỏi\n  rất dài?\n- (x) Lựa chọn\n  cũng dài\n    : Phản hồi\n      tiếp\n- ( ) Khác\n> Vì.\n///\n"
    html = render(text)
    assert "Một câu hỏi\nrất dài?" in html and "Lựa chọn\ncũng dài" in html and "Phản hồi\ntiếp" in html


def test_quiz_inside_a_tab_and_an_admonition():
    for outer in ("////", "///"):  # pymdownx asks for more slashes outside, but editors may not
        text = f"{outer} tab | Android\n\n/// quiz\n    id: trong-tab\n\n? Câu?\n- (x) A\n- ( ) B\n> Vì.\n///\n\n{outer}\n"
        html = markdown.markdown(text, extensions=["sotay.quiz.markdown_ext", "pymdownx.blocks.tab"])
        inside = html.split('<div class="tabbed-content">')[1]
        assert 'id="quiz-trong-tab"' in inside and "<legend>" in inside and "///" not in html
    text = '!!! note "Ghi chú"\n\n    /// quiz\n        id: trong-ghi-chu\n\n    ? Câu?\n    - (x) A\n    - ( ) B\n    > Vì.\n    ///\n'
    html = markdown.markdown(text, extensions=["sotay.quiz.markdown_ext", "admonition"])
    assert 'class="admonition note"' in html and 'id="quiz-trong-ghi-chu"' in html and "<legend>" in html


def test_quiz_syntax_inside_fenced_code_stays_code():
    text = "```markdown\n/// quiz\n    id: vi-du\n? Câu?\n///\n```\n\n" + OTP_QUIZ
    html = render(text)
    assert "/// quiz\n    id: vi-du" in html and html.count('class="sotay-quiz"') == 1


def test_lines_are_counted_from_the_start_of_the_markdown_plus_the_page_offset():
    site = QuizSite(QuizRegistry(), PageInfo(path="a/b.md", source="docs/vi/a/b.md", line_offset=8))
    text = "Chữ\n\n/// quiz\n    id: x\n\n? Câu?\n- (x) A\n///\n"
    with pytest.raises(QuizError) as caught:
        render(text, site=site)
    assert caught.value.format("en").startswith("docs/vi/a/b.md:14:1: QUIZ004")


def test_render_mode_shows_errors_in_the_page_instead_of_raising():
    site = QuizSite(QuizRegistry(), PageInfo(path="a/b.md", source="docs/vi/a/b.md", line_offset=8))
    html = render("/// quiz\n    id: x\n\n? Câu?\n- (x) A\n> Vì.\n///\n", site=site, errors="render")
    assert 'class="admonition failure sotay-quiz-error" role="alert"' in html
    assert "Lỗi trong bài kiểm tra" in html and "docs/vi/a/b.md:12:1: QUIZ004" in html
    assert "<fieldset" not in html


def _registry() -> QuizRegistry:
    reg = QuizRegistry()
    reg.add_page("vi", "vneid/index.md", "---\ntitle: VNeID\n---\n# VNeID\n", "docs/vi/vneid/index.md")
    reg.add_page(
        "vi",
        "vneid/kiem-tra.md",
        "---\ntitle: Kiểm tra VNeID\n---\n\n" + OTP_QUIZ,
        "docs/vi/vneid/kiem-tra.md",
    )
    reg.add_page("vi", "an-toan/index.md", "# An toàn\n", "docs/vi/an-toan/index.md")
    reg.add_page("en", "an-toan/index.md", "# Staying safe\n", "docs/en/an-toan/index.md")
    safe = "/// quiz\n    id: an-toan-kiem-tra\n\n? Who may ask for your OTP? {#otp}\n- (x) Nobody\n- ( ) The bank\n> Nobody.\n///\n"
    reg.add_page("en", "an-toan/kiem-tra.md", "# Safety quiz\n\n" + safe, "docs/en/an-toan/kiem-tra.md")
    reg.add_page(
        "vi",
        "an-toan/kiem-tra.md",
        "# Kiểm tra an toàn\n\n" + safe.replace("Who", "Ai"),
        "docs/vi/an-toan/kiem-tra.md",
    )
    reg.finish()
    return reg


SELF_ASSESSMENT = """# Tự đánh giá

/// quiz | Tự đánh giá
    id: tu-danh-gia
    questions:
      - vneid-kiem-tra#otp
      - vneid-kiem-tra#2
      - an-toan-kiem-tra#otp
///
"""


def test_self_assessment_borrows_questions_by_reference_with_chapter_links():
    site = QuizSite(_registry(), PageInfo(path="on-tap/tu-danh-gia.md", lang="vi"))
    html = render(SELF_ASSESSMENT, site=site)
    assert 'id="quiz-tu-danh-gia"' in html and html.count("<fieldset") == 3
    assert "Mã <strong>OTP</strong> là gì?" in html and "Những thông tin nào" in html
    fieldsets = tags(html, "fieldset")
    assert [f["data-chapter"] for f in fieldsets] == ["vneid", "vneid", "an-toan"]
    assert {t["name"] for t in tags(html, "input")} == {
        "q-tu-danh-gia--1",
        "q-tu-danh-gia--2",
        "q-tu-danh-gia--3",
    }
    assert '<li data-chapter="vneid"><a href="../vneid/index.md">VNeID</a>' in html
    assert '<a href="../an-toan/index.md">An toàn</a>' in html and "Kết quả theo chương" in html


def test_english_self_assessment_falls_back_to_vietnamese_questions_marked_as_such():
    site = QuizSite(_registry(), PageInfo(path="on-tap/tu-danh-gia.md", lang="en", content_lang="en"))
    html = render(SELF_ASSESSMENT, site=site)
    fieldsets = tags(html, "fieldset")
    assert [f.get("lang") for f in fieldsets] == ["vi", "vi", None]
    assert "Who may ask for your OTP?" in html and "Staying safe" in html and "Results by chapter" in html


def test_missing_reference_is_an_error_at_its_line():
    site = QuizSite(
        _registry(),
        PageInfo(path="on-tap/tu-danh-gia.md", source="docs/vi/on-tap/tu-danh-gia.md", line_offset=4),
    )
    text = SELF_ASSESSMENT.replace("vneid-kiem-tra#2", "vneid-kiem-tra#9")
    with pytest.raises(QuizError) as caught:
        render(text, site=site)
    error = caught.value
    assert (error.code, error.line) == ("QUIZ017", 11)
    assert (
        error.message_vi
        == "Không tìm thấy câu hỏi được tham chiếu «vneid-kiem-tra#9» (bài «vneid-kiem-tra» không có câu hỏi này; bài có 2 câu)."
    )
    assert (
        error.message_en
        == "Referenced question «vneid-kiem-tra#9» was not found (quiz «vneid-kiem-tra» has no such question; it has 2 questions)."
    )


def test_progress_block_lists_every_quiz_by_chapter_with_links():
    site = QuizSite(_registry(), PageInfo(path="on-tap/tien-do.md", lang="vi"))
    html = render("/// quiz-progress\n///\n", site=site)
    assert 'class="sotay-quiz-progress"' in html and 'data-lang="vi"' in html
    rows = [t for t in tags(html, "li") if "data-quiz" in t]
    assert [(r["data-quiz"], r["data-total"]) for r in rows] == [
        ("an-toan-kiem-tra", "1"),
        ("vneid-kiem-tra", "2"),
    ]
    assert '<a href="../vneid/kiem-tra.md#quiz-vneid-kiem-tra">Kiểm tra VNeID: Kiểm tra nhanh</a>' in html
    assert "Kết quả chỉ được lưu trên máy của bạn" in html and "Xóa tiến độ trên máy này" in html


def test_answer_key_lists_every_answer_and_explanation():
    site = QuizSite(_registry(), PageInfo(path="tinh-nguyen-vien/dap-an.md", lang="vi"))
    html = render("/// quiz-answers\n///\n", site=site)
    assert 'class="sotay-quiz-answers" data-lang="vi" data-pagefind-ignore="all"' in html
    assert "<h2>VNeID</h2>" in html and "<h3>Kiểm tra VNeID: Kiểm tra nhanh</h3>" in html
    assert '<a href="../vneid/kiem-tra.md#quiz-vneid-kiem-tra">Mở bài kiểm tra</a>' in html
    assert "<strong>Đáp án đúng:</strong> <span>Mã dùng <code>một lần</code>" in html
    assert "Mã OTP và mật khẩu là" in html and "<input" not in html


def test_progress_and_answer_key_without_a_site_say_there_is_nothing_yet():
    assert "Chưa có bài kiểm tra nào." in render("/// quiz-progress\n///\n")
    assert "There are no quizzes yet." in render("/// quiz-answers\n///\n", lang="en")
