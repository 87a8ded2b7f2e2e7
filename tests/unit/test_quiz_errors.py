"""Every quiz validation error: exact code, line (of the Markdown text) and message, in vi and en."""

import markdown
import pytest

from sotay.quiz import QuizError, parse_quiz_blocks, scan_quiz_blocks

GOOD_Q = "? Câu hỏi?\n- (x) Có\n- ( ) Không\n> Giải thích.\n"


def quiz(body: str, header: str = "    id: bai-a") -> str:
    return f"# Trang\n\n/// quiz | Thử\n{header}\n\n{body}///\n"


CASES = [
    # (id, markdown, code, line, Vietnamese message, English message)
    (
        "missing id",
        "/// quiz\n\n" + GOOD_Q + "///\n",
        "QUIZ001",
        1,
        "Bài kiểm tra thiếu mã: thêm dòng `    id: ma-bai-kiem-tra` ngay dưới `/// quiz`.",
        "The quiz has no id: add a line `    id: quiz-id` right below `/// quiz`.",
    ),
    (
        "bad id",
        quiz(GOOD_Q, "    id: Bài A"),
        "QUIZ002",
        4,
        "Mã bài kiểm tra «Bài A» không hợp lệ: chỉ dùng chữ thường không dấu, số và gạch ngang.",
        "Quiz id «Bài A» is not valid: use lower-case ASCII letters, digits and hyphens only.",
    ),
    (
        "one option",
        quiz("? Chỉ một lựa chọn?\n- (x) Có\n> Vì thế.\n"),
        "QUIZ004",
        6,
        "Câu hỏi cần ít nhất 2 lựa chọn (đang có 1).",
        "A question needs at least 2 options (it has 1).",
    ),
    (
        "no correct option",
        quiz("? Không có đáp án?\n- [ ] A\n- [ ] B\n> Vì thế.\n"),
        "QUIZ005",
        6,
        "Câu hỏi chưa có đáp án đúng: đánh dấu ít nhất một lựa chọn bằng (x) hoặc [x].",
        "The question has no correct option: mark at least one option with (x) or [x].",
    ),
    (
        "two correct in single choice",
        quiz("? Hai đáp án?\n- (x) A\n- (x) B\n- ( ) C\n> Vì thế.\n"),
        "QUIZ006",
        6,
        "Câu hỏi một đáp án ( ) phải có đúng một lựa chọn (x) (đang có 2); dùng [ ] / [x] cho câu nhiều đáp án.",
        "A single-choice ( ) question needs exactly one (x) option (it has 2); "
        "use [ ] / [x] for several correct options.",
    ),
    (
        "mixed markers",
        quiz("? Trộn?\n- (x) A\n- [ ] B\n> Vì thế.\n"),
        "QUIZ007",
        8,
        "Không trộn ( ) và [ ] trong cùng một câu hỏi.",
        "Do not mix ( ) and [ ] options in one question.",
    ),
    (
        "duplicate option",
        quiz("? Trùng?\n- (x) Mã OTP\n- ( ) mã  OTP\n> Vì thế.\n"),
        "QUIZ008",
        8,
        "Lựa chọn «mã  OTP» bị lặp lại trong câu hỏi.",
        "Option «mã  OTP» appears twice in the question.",
    ),
    (
        "no explanation",
        quiz("? Không giải thích?\n- (x) A\n- ( ) B\n"),
        "QUIZ009",
        6,
        "Câu hỏi thiếu lời giải thích: thêm ít nhất một dòng bắt đầu bằng `> `.",
        "The question has no explanation: add at least one line starting with `> `.",
    ),
    (
        "unreadable line",
        quiz(GOOD_Q + "* (x) sai dấu\n"),
        "QUIZ010",
        10,
        "Không hiểu dòng «* (x) sai dấu»: mỗi dòng bắt đầu bằng `? `, `- ( )`, `- [ ]`, `: ` (thụt vào) hoặc `> `.",
        "Cannot read line «* (x) sai dấu»: each line starts with `? `, `- ( )`, `- [ ]`, `: ` (indented) or `> `.",
    ),
    (
        "not closed",
        "/// quiz\n    id: bai-a\n\n" + GOOD_Q,
        "QUIZ011",
        1,
        "Khối quiz chưa được đóng: thêm dòng `///` ở cuối bài kiểm tra.",
        "The quiz block is not closed: add a `///` line at the end of the quiz.",
    ),
    (
        "no questions",
        quiz(""),
        "QUIZ012",
        3,
        "Bài kiểm tra chưa có câu hỏi nào (dòng bắt đầu bằng `? `).",
        "The quiz has no questions (lines starting with `? `).",
    ),
    (
        "bad question id",
        quiz("? Câu hỏi? {#Câu 1}\n- (x) A\n- ( ) B\n> Vì thế.\n"),
        "QUIZ013",
        6,
        "Mã câu hỏi «Câu 1» không hợp lệ: chỉ dùng chữ thường không dấu, số và gạch ngang.",
        "Question id «Câu 1» is not valid: use lower-case ASCII letters, digits and hyphens only.",
    ),
    (
        "duplicate question id",
        quiz("? Một? {#cau}\n- (x) A\n- ( ) B\n> Vì.\n\n? Hai? {#cau}\n- (x) A\n- ( ) B\n> Vì.\n"),
        "QUIZ014",
        11,
        "Câu hỏi «cau» xuất hiện hai lần trong bài kiểm tra.",
        "Question «cau» appears twice in the quiz.",
    ),
    (
        "unknown header option",
        quiz(GOOD_Q, "    id: bai-a\n    ten: Bài A"),
        "QUIZ015",
        5,
        "Phần đầu khối quiz không hợp lệ: không có tùy chọn «ten» (chỉ có: id, questions)",
        "The quiz header is not valid: unknown option «ten» (allowed: id, questions)",
    ),
    (
        "header not key-value",
        quiz(GOOD_Q, "    chỉ là chữ"),
        "QUIZ015",
        4,
        "Phần đầu khối quiz không hợp lệ: cần các dòng `khóa: giá trị`",
        "The quiz header is not valid: expected `key: value` lines",
    ),
    (
        "malformed reference",
        quiz("", "    id: tong-hop\n    questions: [bai-a#1, bai-b]"),
        "QUIZ016",
        5,
        "Tham chiếu «bai-b» sai dạng: viết `ma-bai#ma-cau-hoi` hoặc `ma-bai#2` (câu thứ 2).",
        "Reference «bai-b» is malformed: write `quiz-id#question-id` or `quiz-id#2` (2nd question).",
    ),
    (
        "references and own questions",
        quiz(GOOD_Q, "    id: tong-hop\n    questions: [bai-a#1]"),
        "QUIZ018",
        7,
        "Bài kiểm tra có `questions:` thì không tự viết thêm câu hỏi `? ` bên trong.",
        "A quiz with `questions:` cannot also contain its own `? ` questions.",
    ),
    (
        "empty option",
        quiz("? Lựa chọn trống?\n- (x) A\n- ( )\n> Vì thế.\n"),
        "QUIZ019",
        8,
        "Nội dung trống: câu hỏi và lựa chọn phải có chữ.",
        "Empty text: questions and options must have text.",
    ),
    (
        "option before question",
        quiz("- (x) A\n" + GOOD_Q),
        "QUIZ020",
        6,
        "Dòng «- (x) A» nằm trước câu hỏi đầu tiên: bắt đầu câu hỏi bằng `? `.",
        "Line «- (x) A» comes before the first question: start a question with `? `.",
    ),
    (
        "feedback not under an option",
        quiz("? Câu hỏi?\n    : phản hồi lạc chỗ\n- (x) A\n- ( ) B\n> Vì.\n"),
        "QUIZ021",
        7,
        "Phản hồi `: ` phải nằm ngay dưới một lựa chọn `- ( )` / `- [ ]`.",
        "Feedback `: ` must come right below an option `- ( )` / `- [ ]`.",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "line", "vi", "en"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_parser_reports_code_line_and_message(text, code, line, vi, en):
    with pytest.raises(QuizError) as caught:
        parse_quiz_blocks(text)
    error = caught.value
    assert (error.code, error.line, error.col) == (code, line, 1)
    assert error.message_vi == vi
    assert error.message_en == en
    assert error.format("vi") == f"{line}:1: {code} {vi}"


@pytest.mark.parametrize(
    ("text", "code", "line", "vi", "en"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_markdown_extension_raises_the_same_error(text, code, line, vi, en):
    with pytest.raises(QuizError) as caught:
        markdown.markdown(text, extensions=["sotay.quiz.markdown_ext"])
    assert (caught.value.code, caught.value.line, caught.value.message_vi) == (code, line, vi)


def test_duplicate_quiz_id_in_one_page_names_the_first_line():
    text = quiz(GOOD_Q) + "\n" + quiz(GOOD_Q)
    errors = [e for q in scan_quiz_blocks(text) for e in q.errors]
    assert [(e.code, e.line) for e in errors] == [("QUIZ003", 15)]
    assert errors[0].message_vi == "Mã bài kiểm tra «bai-a» đã được dùng ở dòng 4; mỗi bài cần một mã riêng."
    assert errors[0].message_en == "Quiz id «bai-a» is already used at line 4; every quiz needs its own id."


def test_yaml_error_in_header_points_at_the_bad_line():
    errors = scan_quiz_blocks(quiz(GOOD_Q, "    id: bai-a\n    questions: [a#1"))[0].errors
    assert errors[0].code == "QUIZ015" and errors[0].line in (5, 6)
    assert errors[0].message_en.startswith("The quiz header is not valid: YAML error")


def test_every_problem_of_a_quiz_is_collected_not_only_the_first():
    text = quiz("? Một?\n- (x) A\n\n? Hai?\n- (x) A\n- (x) B\n> Vì.\n")
    codes = [(e.code, e.line) for e in scan_quiz_blocks(text)[0].errors]
    assert codes == [("QUIZ004", 6), ("QUIZ009", 6), ("QUIZ006", 9)]


def test_indented_option_is_not_silently_glued_to_the_question():
    text = quiz("? Câu hỏi?\n  - (x) A\n- (x) A\n- ( ) B\n> Vì.\n")
    assert [(e.code, e.line) for e in scan_quiz_blocks(text)[0].errors] == [("QUIZ010", 7)]


def test_error_format_names_the_file_when_known():
    error = QuizError("QUIZ009", 12, source="docs/vi/vneid/kiem-tra.md")
    assert error.format("en") == (
        "docs/vi/vneid/kiem-tra.md:12:1: QUIZ009 The question has no explanation: "
        "add at least one line starting with `> `."
    )
