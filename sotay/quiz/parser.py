"""The one quiz parser: ``/// quiz`` blocks in Markdown text → :class:`Quiz` objects (pure Python).

Used by the Markdown extension (rendering), the MkDocs glue (site-wide registry) and ``sotay check``.
Line numbers are 1-based lines of the text given, so a caller that passes a whole ``.md`` file
gets file lines. The syntax is described for editors in CONTRIBUTING.md §4.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass, field

import yaml

from sotay.quiz.errors import QuizError
from sotay.quiz.model import Option, Question, Quiz, Reference

START = re.compile(r"^(?P<indent>[ ]*)(?P<slashes>/{3,})[ ]*(?i:quiz)[ ]*(?:\|[ ]*(?P<title>.*?))?[ ]*$")
FENCE = re.compile(r"^[ ]*(?P<fence>`{3,}|~{3,})")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QUESTION = re.compile(r"^\?(?:[ \t]+(?P<text>.*?))?[ \t]*$")
QUESTION_ID = re.compile(r"[ \t]*\{#(?P<qid>[^}]*)\}$")
OPTION = re.compile(
    r"^-[ \t]+(?P<open>[(\[])[ ]?(?P<mark>[xX ]?)[ ]?(?P<close>[)\]])(?:[ \t]+(?P<text>.*?))?[ \t]*$"
)
LOOKS_STRUCTURAL = re.compile(r"^(?:\?(?:\s|$)|-\s+[(\[])")
REFERENCE = re.compile(
    r"^(?P<quiz>[a-z0-9]+(?:-[a-z0-9]+)*)#(?P<question>[1-9][0-9]*|[a-z0-9]+(?:-[a-z0-9]+)*)$"
)
HEADER_KEYS = ("id", "questions")
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10× faster


@dataclass
class QuizBlock:
    """Where a ``/// quiz`` block sits in the text (0-based line indexes; ``end`` is None if unclosed)."""

    start: int
    end: int | None
    indent: str
    slashes: str
    title: str
    header: list[tuple[int, str]] = field(default_factory=list)
    body: list[tuple[int, str]] = field(default_factory=list)


def split_lines(text: str) -> list[str]:
    """Split *text* into lines the way editors count them (only ``\\n``, ``\\r\\n`` and ``\\r``)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _skip_front_matter(lines: list[str]) -> int:
    if not lines or lines[0].rstrip() != "---":
        return 0
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            return i + 1
    return 0


def _closing_fence(lines: list[str], i: int, fence: str) -> int:
    closing = re.compile(rf"^[ ]*{re.escape(fence[0])}{{{len(fence)},}}[ ]*$")
    for j in range(i + 1, len(lines)):
        if closing.match(lines[j]):
            return j
    return len(lines) - 1


def _dedent(line: str, indent: str) -> str:
    lead = len(line) - len(line.lstrip(" "))
    return line[min(lead, len(indent)) :]


def find_quiz_blocks(text: str) -> list[QuizBlock]:
    """Locate every ``/// quiz`` block outside front matter, fenced code and HTML comments."""
    lines = split_lines(text)
    blocks: list[QuizBlock] = []
    i = _skip_front_matter(lines)
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if fence:
            i = _closing_fence(lines, i, fence.group("fence")) + 1
            continue
        if line.lstrip().startswith("<!--"):
            while i < len(lines) and "-->" not in lines[i]:
                i += 1
            i += 1
            continue
        start = START.match(line)
        if not start:
            i += 1
            continue
        block = QuizBlock(i, None, start.group("indent"), start.group("slashes"), start.group("title") or "")
        j = i + 1
        while j < len(lines) and lines[j].strip() and _dedent(lines[j], block.indent).startswith("    "):
            block.header.append((j + 1, _dedent(lines[j], block.indent)))
            j += 1
        while j < len(lines):
            if lines[j].strip() == block.slashes:
                block.end = j
                break
            block.body.append((j + 1, _dedent(lines[j], block.indent)))
            j += 1
        blocks.append(block)
        i = (block.end if block.end is not None else len(lines)) + 1
    return blocks


def _header_line(block: QuizBlock, needle: str, key: str | None = None) -> int:
    for lineno, text in block.header:
        if key is not None and re.match(rf"^\s*{key}\s*:", text):
            return lineno
        if key is None and needle in text:
            return lineno
    return block.header[0][0] if block.header else block.start + 1


def _parse_header(block: QuizBlock, quiz: Quiz) -> None:
    if not block.header:
        quiz.errors.append(QuizError("QUIZ001", block.start + 1))
        return
    raw = textwrap.dedent("\n".join(text for _, text in block.header))
    first = block.header[0][0]
    try:
        data = yaml.load(raw, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first + mark.line if mark is not None else first
        problem = getattr(exc, "problem", None) or "YAML"
        quiz.errors.append(
            QuizError("QUIZ015", line, value=(f"lỗi YAML ({problem})", f"YAML error ({problem})"))
        )
        return
    if not isinstance(data, dict):
        msg = ("cần các dòng `khóa: giá trị`", "expected `key: value` lines")
        quiz.errors.append(QuizError("QUIZ015", first, value=msg))
        return
    for key in data:
        if key not in HEADER_KEYS:
            line = _header_line(block, "", key=re.escape(str(key)))
            msg = (
                f"không có tùy chọn «{key}» (chỉ có: id, questions)",
                f"unknown option «{key}» (allowed: id, questions)",
            )
            quiz.errors.append(QuizError("QUIZ015", line, value=msg))
    _parse_id(block, quiz, data.get("id"))
    _parse_references(block, quiz, data.get("questions"))


def _parse_id(block: QuizBlock, quiz: Quiz, value: object) -> None:
    if value is None or value == "":
        quiz.errors.append(QuizError("QUIZ001", block.start + 1))
        return
    quiz.id_line = _header_line(block, "", key="id")
    quiz.id = str(value) if isinstance(value, str | int) else repr(value)
    if not SLUG.match(quiz.id):
        quiz.errors.append(QuizError("QUIZ002", quiz.id_line, value=quiz.id))


def _parse_references(block: QuizBlock, quiz: Quiz, value: object) -> None:
    if value is None:
        return
    if isinstance(value, str):
        items: list[object] = [v for v in re.split(r"[,\s]+", value) if v]
    elif isinstance(value, list):
        items = value
    else:
        line = _header_line(block, "", key="questions")
        msg = ("`questions:` cần một danh sách tham chiếu", "`questions:` needs a list of references")
        quiz.errors.append(QuizError("QUIZ015", line, value=msg))
        return
    seen: set[str] = set()
    for item in items:
        text = str(item).strip()
        line = _header_line(block, text) if text else _header_line(block, "", key="questions")
        m = REFERENCE.match(text)
        if not m:
            quiz.errors.append(QuizError("QUIZ016", line, value=text))
            continue
        if text in seen:
            quiz.errors.append(QuizError("QUIZ014", line, value=text))
            continue
        seen.add(text)
        quiz.references.append(Reference(m.group("quiz"), m.group("question"), line))
    if not items:
        line = _header_line(block, "", key="questions")
        quiz.errors.append(QuizError("QUIZ016", line, value=""))


def _same_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class _BodyReader:
    """Reads the body lines of one block into questions, collecting every error on the way."""

    def __init__(self, quiz: Quiz):
        self.quiz = quiz
        self.question: Question | None = None
        self.last: str = ""  # what a continuation line continues: question, option, feedback, explanation

    def error(self, code: str, line: int, **params: object) -> None:
        self.quiz.errors.append(QuizError(code, line, **params))

    def read(self, lineno: int, line: str) -> None:
        if not line.strip():
            self.last = "blank" if self.last in ("option", "feedback") else ""
            return
        stripped = line.lstrip(" \t")
        indent = len(line) - len(stripped)
        if indent < 4 and stripped.startswith(">"):
            self.explanation(lineno, stripped)
        elif indent >= 1 and (stripped == ":" or stripped.startswith((": ", ":\t"))):
            self.feedback(lineno, stripped[1:].strip())
        elif indent < 2 and QUESTION.match(stripped):
            self.start_question(lineno, QUESTION.match(stripped).group("text") or "")
        elif indent < 2 and OPTION.match(stripped):
            self.option(lineno, OPTION.match(stripped))
        elif (
            indent >= 2
            and self.last in ("question", "option", "feedback")
            and not LOOKS_STRUCTURAL.match(stripped)
        ):
            self.continuation(stripped.strip())
        elif self.question is None and indent < 2:
            self.error("QUIZ020", lineno, value=_excerpt(stripped))
        else:
            self.error("QUIZ010", lineno, value=_excerpt(stripped))

    def start_question(self, lineno: int, text: str) -> None:
        self.finish()
        qid = ""
        m = QUESTION_ID.search(text)
        if m:
            qid, text = m.group("qid").strip(), text[: m.start()].rstrip()
            if not SLUG.match(qid):
                self.error("QUIZ013", lineno, value=qid)
        if not text.strip():
            self.error("QUIZ019", lineno)
        self.question = Question(text=text.strip(), line=lineno, qid=qid)
        self.last = "question"

    def option(self, lineno: int, m: re.Match) -> None:
        if self.question is None:
            self.error("QUIZ020", lineno, value=_excerpt(m.group(0)))
            return
        if (m.group("open"), m.group("close")) not in (("(", ")"), ("[", "]")):
            self.error("QUIZ010", lineno, value=_excerpt(m.group(0)))
            return
        kind = "single" if m.group("open") == "(" else "multiple"
        q = self.question
        if q.options and q.kind != kind:
            self.error("QUIZ007", lineno)
        elif not q.options:
            q.kind = kind
        text = (m.group("text") or "").strip()
        if not text:
            self.error("QUIZ019", lineno)
        elif any(_same_text(o.text) == _same_text(text) for o in q.options):
            self.error("QUIZ008", lineno, value=text)
        q.options.append(Option(text=text, correct=m.group("mark").lower() == "x", line=lineno))
        self.last = "option"

    def feedback(self, lineno: int, text: str) -> None:
        if (
            self.question is None
            or not self.question.options
            or self.last not in ("option", "feedback", "blank")
        ):
            self.error("QUIZ021", lineno)
            return
        option = self.question.options[-1]
        option.feedback = f"{option.feedback}\n{text}" if option.feedback else text
        self.last = "feedback"

    def explanation(self, lineno: int, stripped: str) -> None:
        if self.question is None:
            self.error("QUIZ020", lineno, value=_excerpt(stripped))
            return
        text = stripped[1:]
        self.question.explanation.append(text[1:] if text.startswith(" ") else text)
        self.last = "explanation"

    def continuation(self, text: str) -> None:
        q = self.question
        if self.last == "question" and q is not None:
            q.text = f"{q.text}\n{text}"
        elif self.last == "option" and q is not None:
            q.options[-1].text = f"{q.options[-1].text}\n{text}"
        elif q is not None:
            q.options[-1].feedback = f"{q.options[-1].feedback}\n{text}"

    def finish(self) -> None:
        q = self.question
        if q is None:
            return
        self.question = None
        self.quiz.questions.append(q)
        if len(q.options) < 2:
            self.error("QUIZ004", q.line, count=len(q.options))
        if q.options and not q.correct_options:
            self.error("QUIZ005", q.line)
        if q.kind == "single" and len(q.correct_options) > 1:
            self.error("QUIZ006", q.line, count=len(q.correct_options))
        if not any(line.strip() for line in q.explanation):
            self.error("QUIZ009", q.line)


def _excerpt(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_block(block: QuizBlock) -> Quiz:
    """Turn one located block into a :class:`Quiz`; problems go to ``quiz.errors``, sorted by line."""
    quiz = Quiz(id="", title=block.title.strip(), line=block.start + 1)
    _parse_header(block, quiz)
    reader = _BodyReader(quiz)
    for lineno, line in block.body:
        reader.read(lineno, line)
    reader.finish()
    seen: dict[str, int] = {}
    for q in quiz.questions:
        if q.qid and q.qid in seen:
            quiz.errors.append(QuizError("QUIZ014", q.line, value=q.qid))
        seen.setdefault(q.qid, q.line)
    if block.end is None:
        quiz.errors.append(QuizError("QUIZ011", block.start + 1))
    if quiz.references and quiz.questions:
        quiz.errors.append(QuizError("QUIZ018", quiz.questions[0].line))
    if not quiz.references and not quiz.questions and not any(e.code == "QUIZ016" for e in quiz.errors):
        quiz.errors.append(QuizError("QUIZ012", block.start + 1))
    quiz.errors.sort(key=lambda e: (e.line, e.code))
    return quiz


def scan_quiz_blocks(markdown_text: str) -> list[Quiz]:
    """Parse every quiz block of *markdown_text*, never raising: each quiz carries its errors.

    A quiz id used twice in the same text is reported (QUIZ003) on the second quiz.
    """
    quizzes = [parse_block(block) for block in find_quiz_blocks(markdown_text)]
    first_use: dict[str, int] = {}
    for quiz in quizzes:
        if quiz.id and quiz.id in first_use:
            quiz.errors.append(
                QuizError(
                    "QUIZ003",
                    quiz.id_line,
                    value=quiz.id,
                    other=(f"dòng {first_use[quiz.id]}", f"line {first_use[quiz.id]}"),
                )
            )
        elif quiz.id:
            first_use[quiz.id] = quiz.id_line
    return quizzes


def parse_quiz_blocks(markdown_text: str) -> list[Quiz]:
    """Parse every quiz block of *markdown_text*; raise the first :class:`QuizError` (by line)."""
    quizzes = scan_quiz_blocks(markdown_text)
    errors = sorted((e for q in quizzes for e in q.errors), key=lambda e: (e.line, e.code))
    if errors:
        raise errors[0]
    return quizzes
