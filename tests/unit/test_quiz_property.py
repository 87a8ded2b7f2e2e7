"""Whatever an editor types inside a quiz block, we render it or raise our own QuizError: never a traceback."""

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sotay.quiz import QuizError, scan_quiz_blocks

PIECES = [
    "? ",
    "?",
    "- ( ) ",
    "- (x) ",
    "- [ ] ",
    "- [x] ",
    "- (X)",
    "- [x)",
    "    : ",
    ": ",
    "> ",
    ">",
    "{#",
    "}",
    "{#id-1}",
    "///",
    "//// quiz",
    "/// quiz",
    "    id: a",
    "    questions: [a#1]",
    "```",
    "<!--",
    "-->",
    "\t",
    "  ",
    "Mã OTP",
    "**đậm**",
    "`mã`",
    "[liên kết](a.md)",
    "<b>",
    "&",
    "\u0301",
    "id:",
]
line = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=5).map("".join)
body = st.lists(line, max_size=14).map("\n".join)
header = st.sampled_from(
    ["    id: bai-a", "", "    id: Bài A", "    id: bai-a\n    questions: [bai-b#1]", "    id: [1, 2]"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=header, body=body)
def test_any_block_content_renders_or_raises_a_quiz_error(header, body):
    text = f"# Trang\n\n/// quiz | Tiêu đề\n{header}\n\n{body}\n///\n"
    try:
        html = markdown.markdown(text, extensions=["sotay.quiz.markdown_ext", "pymdownx.superfences"])
    except QuizError as error:
        assert error.code.startswith("QUIZ") and error.line >= 1
        assert error.message_vi and error.message_en
    else:
        assert isinstance(html, str)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300) | body)
def test_the_parser_never_fails_on_any_text(text):
    for quiz in scan_quiz_blocks(text):
        assert all(e.code.startswith("QUIZ") and e.line >= 1 for e in quiz.errors)
