"""Quiz errors: stable codes (QUIZ001…) with a Vietnamese and an English message each.

The codes never change meaning, so editors, the build and ``sotay check`` can all refer to them.
"""

from __future__ import annotations

# code: (Vietnamese template, English template). Templates use str.format fields.
MESSAGES: dict[str, tuple[str, str]] = {
    "QUIZ001": (
        "Bài kiểm tra thiếu mã: thêm dòng `    id: ma-bai-kiem-tra` ngay dưới `/// quiz`.",
        "The quiz has no id: add a line `    id: quiz-id` right below `/// quiz`.",
    ),
    "QUIZ002": (
        "Mã bài kiểm tra «{value}» không hợp lệ: chỉ dùng chữ thường không dấu, số và gạch ngang.",
        "Quiz id «{value}» is not valid: use lower-case ASCII letters, digits and hyphens only.",
    ),
    "QUIZ003": (
        "Mã bài kiểm tra «{value}» đã được dùng ở {other}; mỗi bài cần một mã riêng.",
        "Quiz id «{value}» is already used at {other}; every quiz needs its own id.",
    ),
    "QUIZ004": (
        "Câu hỏi cần ít nhất 2 lựa chọn (đang có {count}).",
        "A question needs at least 2 options (it has {count}).",
    ),
    "QUIZ005": (
        "Câu hỏi chưa có đáp án đúng: đánh dấu ít nhất một lựa chọn bằng (x) hoặc [x].",
        "The question has no correct option: mark at least one option with (x) or [x].",
    ),
    "QUIZ006": (
        "Câu hỏi một đáp án ( ) phải có đúng một lựa chọn (x) (đang có {count}); "
        "dùng [ ] / [x] cho câu nhiều đáp án.",
        "A single-choice ( ) question needs exactly one (x) option (it has {count}); "
        "use [ ] / [x] for several correct options.",
    ),
    "QUIZ007": (
        "Không trộn ( ) và [ ] trong cùng một câu hỏi.",
        "Do not mix ( ) and [ ] options in one question.",
    ),
    "QUIZ008": (
        "Lựa chọn «{value}» bị lặp lại trong câu hỏi.",
        "Option «{value}» appears twice in the question.",
    ),
    "QUIZ009": (
        "Câu hỏi thiếu lời giải thích: thêm ít nhất một dòng bắt đầu bằng `> `.",
        "The question has no explanation: add at least one line starting with `> `.",
    ),
    "QUIZ010": (
        "Không hiểu dòng «{value}»: mỗi dòng bắt đầu bằng `? `, `- ( )`, `- [ ]`, `: ` (thụt vào) hoặc `> `.",
        "Cannot read line «{value}»: each line starts with `? `, `- ( )`, `- [ ]`, `: ` (indented) or `> `.",
    ),
    "QUIZ011": (
        "Khối quiz chưa được đóng: thêm dòng `///` ở cuối bài kiểm tra.",
        "The quiz block is not closed: add a `///` line at the end of the quiz.",
    ),
    "QUIZ012": (
        "Bài kiểm tra chưa có câu hỏi nào (dòng bắt đầu bằng `? `).",
        "The quiz has no questions (lines starting with `? `).",
    ),
    "QUIZ013": (
        "Mã câu hỏi «{value}» không hợp lệ: chỉ dùng chữ thường không dấu, số và gạch ngang.",
        "Question id «{value}» is not valid: use lower-case ASCII letters, digits and hyphens only.",
    ),
    "QUIZ014": (
        "Câu hỏi «{value}» xuất hiện hai lần trong bài kiểm tra.",
        "Question «{value}» appears twice in the quiz.",
    ),
    "QUIZ015": (
        "Phần đầu khối quiz không hợp lệ: {value}",
        "The quiz header is not valid: {value}",
    ),
    "QUIZ016": (
        "Tham chiếu «{value}» sai dạng: viết `ma-bai#ma-cau-hoi` hoặc `ma-bai#2` (câu thứ 2).",
        "Reference «{value}» is malformed: write `quiz-id#question-id` or `quiz-id#2` (2nd question).",
    ),
    "QUIZ017": (
        "Không tìm thấy câu hỏi được tham chiếu «{value}»{detail}.",
        "Referenced question «{value}» was not found{detail}.",
    ),
    "QUIZ018": (
        "Bài kiểm tra có `questions:` thì không tự viết thêm câu hỏi `? ` bên trong.",
        "A quiz with `questions:` cannot also contain its own `? ` questions.",
    ),
    "QUIZ019": (
        "Nội dung trống: câu hỏi và lựa chọn phải có chữ.",
        "Empty text: questions and options must have text.",
    ),
    "QUIZ020": (
        "Dòng «{value}» nằm trước câu hỏi đầu tiên: bắt đầu câu hỏi bằng `? `.",
        "Line «{value}» comes before the first question: start a question with `? `.",
    ),
    "QUIZ021": (
        "Phản hồi `: ` phải nằm ngay dưới một lựa chọn `- ( )` / `- [ ]`.",
        "Feedback `: ` must come right below an option `- ( )` / `- [ ]`.",
    ),
    "QUIZ022": (
        "Bản dịch phải dùng cùng mã với bản tiếng Việt: «{value}» không có trong {other}.",
        "A translation must reuse the Vietnamese ids: «{value}» is not in {other}.",
    ),
}

# Extra wording used inside QUIZ017 messages: (Vietnamese, English).
DETAILS: dict[str, tuple[str, str]] = {
    "no_quiz": (" (không có bài kiểm tra mã «{quiz}»)", " (no quiz has id «{quiz}»)"),
    "no_question": (
        " (bài «{quiz}» không có câu hỏi này; bài có {count} câu)",
        " (quiz «{quiz}» has no such question; it has {count} questions)",
    ),
}


def detail(kind: str, **params: object) -> tuple[str, str]:
    """One of the :data:`DETAILS` phrases as a (Vietnamese, English) pair, ready for QuizError."""
    vi, en = DETAILS[kind]
    return vi.format(**params), en.format(**params)


class QuizError(ValueError):
    """A problem in a quiz block, located at *line* (1-based) and *col* of the Markdown text.

    A parameter given as a (Vietnamese, English) pair is used per language. ``source`` is the
    file the text came from, when known (set by whoever read the file).
    """

    def __init__(self, code: str, line: int, col: int = 1, source: str = "", **params: object):
        templates = MESSAGES[code]
        values = {"value": "", **params}
        vi, en = (
            template.format(**{k: v[i] if isinstance(v, tuple) else v for k, v in values.items()})
            for i, template in enumerate(templates)
        )
        self.code = code
        self.line = line
        self.col = col
        self.source = source
        self.message_vi = vi
        self.message_en = en
        super().__init__(self.format("en"))

    def message(self, lang: str = "vi") -> str:
        """The message in *lang* (``vi`` or ``en``)."""
        return self.message_en if lang == "en" else self.message_vi

    def format(self, lang: str = "vi") -> str:
        """``source:line:col: CODE message`` (``line:col: …`` when the source is unknown)."""
        where = f"{self.source}:{self.line}:{self.col}" if self.source else f"{self.line}:{self.col}"
        return f"{where}: {self.code} {self.message(lang)}"

    def shifted(self, offset: int, source: str = "") -> QuizError:
        """This error moved down by *offset* lines and attributed to *source*."""
        self.line += offset
        self.source = source or self.source
        self.args = (self.format("en"),)
        return self
