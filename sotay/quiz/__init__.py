"""Quizzes written in Markdown (``/// quiz`` blocks): model, parser, registry and HTML rendering."""

from sotay.quiz.errors import QuizError
from sotay.quiz.model import Option, Question, Quiz, Reference
from sotay.quiz.parser import parse_quiz_blocks, scan_quiz_blocks

__all__ = ["Option", "Question", "Quiz", "QuizError", "Reference", "parse_quiz_blocks", "scan_quiz_blocks"]
