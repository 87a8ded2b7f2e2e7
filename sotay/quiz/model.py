"""The quiz model: what a ``/// quiz`` block means, independent of Markdown and HTML."""

from __future__ import annotations

from dataclasses import dataclass, field

from sotay.quiz.errors import QuizError


@dataclass
class Option:
    """One answer option: its text (inline Markdown), whether it is correct, optional feedback."""

    text: str
    correct: bool
    line: int
    feedback: str = ""


@dataclass
class Question:
    """One question: ``single`` (radio, exactly one correct) or ``multiple`` (checkboxes)."""

    text: str
    line: int
    qid: str = ""
    kind: str = "single"
    options: list[Option] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)

    @property
    def correct_options(self) -> list[Option]:
        """The options marked (x) / [x]."""
        return [o for o in self.options if o.correct]

    @property
    def paragraphs(self) -> list[str]:
        """The explanation as paragraphs (an empty ``>`` line separates paragraphs)."""
        out, current = [], []
        for line in self.explanation:
            if line.strip():
                current.append(line)
            elif current:
                out.append("\n".join(current))
                current = []
        if current:
            out.append("\n".join(current))
        return out


@dataclass
class Reference:
    """A question borrowed from another quiz: ``quiz-id#question-id`` or ``quiz-id#N`` (1-based)."""

    quiz_id: str
    question: str
    line: int

    @property
    def text(self) -> str:
        """The reference as written."""
        return f"{self.quiz_id}#{self.question}"

    def find(self, questions: list[Question]) -> Question | None:
        """The question of *questions* this reference points at, if any."""
        if self.question.isdigit():
            index = int(self.question) - 1
            return questions[index] if 0 <= index < len(questions) else None
        return next((q for q in questions if q.qid == self.question), None)


@dataclass
class Quiz:
    """A parsed ``/// quiz`` block. ``errors`` lists every problem found in it (empty when valid)."""

    id: str
    title: str
    line: int
    id_line: int = 0
    questions: list[Question] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    errors: list[QuizError] = field(default_factory=list)

    @property
    def is_reference_quiz(self) -> bool:
        """True for a quiz made of questions borrowed from other quizzes (``questions:``)."""
        return bool(self.references)
