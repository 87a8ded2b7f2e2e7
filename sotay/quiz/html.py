"""Quiz HTML as ElementTree elements: works without JS, enhanced by overrides/…/quiz.js.

Texts (questions, options, feedback, explanations) are left as Markdown in element text, so the
Markdown inline pass formats them. Answers, feedback and explanations sit in closed ``<details>``
or ``hidden`` elements marked ``data-pagefind-ignore``: not visible and not indexed before checking.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass

from sotay.quiz.errors import QuizError
from sotay.quiz.model import Question
from sotay.quiz.registry import Chapter

IGNORE = {"data-pagefind-ignore": "all"}

# UI strings the script needs, passed as data-t-* attributes (keys of sotay.ui_strings).
QUIZ_JS_STRINGS = (
    "quiz_right",
    "quiz_wrong",
    "quiz_choose_first",
    "quiz_mark_right",
    "quiz_mark_wrong",
    "quiz_score",
    "quiz_best",
    "quiz_retry",
    "quiz_check",
    "quiz_chapter_ok",
    "quiz_chapter_review",
)
PROGRESS_JS_STRINGS = (
    "progress_not_done",
    "progress_done",
    "progress_summary",
    "progress_reset_confirm",
    "progress_reset_done",
)


@dataclass
class Item:
    """A question as shown in one quiz; ``chapter`` and ``lang`` are set for borrowed questions."""

    question: Question
    chapter: Chapter | None = None
    lang: str = ""


@dataclass
class ChapterLink:
    """A chapter of a self-assessment, with the link back to its lessons."""

    chapter: Chapter
    href: str


def _sub(
    parent: etree.Element, tag: str, attrs: dict | None = None, text: str | None = None
) -> etree.Element:
    el = etree.SubElement(parent, tag, {k: v for k, v in (attrs or {}).items() if v is not None})
    if text is not None:
        el.text = text
    return el


def _data_strings(t: dict[str, str], keys: tuple[str, ...]) -> dict[str, str]:
    return {"data-t-" + key.split("_", 1)[1].replace("_", "-"): t[key] for key in keys}


def render_quiz(
    el: etree.Element,
    quiz_id: str,
    title: str,
    items: list[Item],
    t: dict[str, str],
    lang: str,
    chapters: list[ChapterLink] | None = None,
) -> None:
    """Fill *el* (the block's ``<div>``) with the quiz: one ``<fieldset>`` per question."""
    el.set("class", "sotay-quiz")
    el.set("id", f"quiz-{quiz_id}")
    el.set("data-quiz", quiz_id)
    el.set("data-lang", lang)
    for key, value in _data_strings(t, QUIZ_JS_STRINGS).items():
        el.set(key, value)
    if title:
        _sub(el, "p", {"class": "sotay-quiz__title"}, title)
    for n, item in enumerate(items, start=1):
        _render_question(el, quiz_id, n, len(items), item, t, lang)
    end = _sub(el, "div", {"class": "sotay-quiz__end"})
    if chapters:
        _render_chapters(end, chapters, t)
    _sub(end, "p", {"class": "sotay-quiz__summary", "role": "status", "aria-live": "polite", **IGNORE})
    _sub(end, "p", {"class": "sotay-quiz__best", **IGNORE})
    again = _sub(end, "div", {"class": "sotay-quiz__actions", "hidden": "hidden"})
    _sub(again, "button", {"type": "button", "class": "md-button sotay-quiz__again"}, t["quiz_again"])


def _render_question(
    parent: etree.Element, quiz_id: str, n: int, total: int, item: Item, t: dict[str, str], lang: str
) -> None:
    q = item.question
    attrs = {
        "class": "sotay-quiz__q",
        "id": f"quiz-{quiz_id}--{n}",
        "data-kind": q.kind,
        "data-chapter": item.chapter.slug if item.chapter else None,
        "lang": item.lang if item.lang and item.lang != lang else None,
    }
    fs = _sub(parent, "fieldset", attrs)
    legend = _sub(fs, "legend")
    _sub(legend, "span", {"class": "sotay-quiz__n"}, t["quiz_number"].format(n=n, total=total))
    legend[-1].tail = " "
    _sub(legend, "span", {"class": "sotay-quiz__text"}, q.text)
    _sub(
        fs, "p", {"class": "sotay-quiz__how"}, t["quiz_pick_one" if q.kind == "single" else "quiz_pick_many"]
    )
    options = _sub(fs, "ul", {"class": "sotay-quiz__opts"})
    kind = "radio" if q.kind == "single" else "checkbox"
    for k, option in enumerate(q.options):
        li = _sub(options, "li", {"class": "sotay-quiz__opt", "data-correct": "" if option.correct else None})
        label = _sub(li, "label")
        _sub(label, "input", {"type": kind, "name": f"q-{quiz_id}--{n}", "value": str(k)})
        _sub(label, "span", {}, option.text)
        if option.feedback:
            _sub(li, "p", {"class": "sotay-quiz__fb", "hidden": "hidden", **IGNORE}, option.feedback)
    actions = _sub(fs, "div", {"class": "sotay-quiz__actions", "hidden": "hidden"})
    _sub(actions, "button", {"type": "button", "class": "md-button sotay-quiz__check"}, t["quiz_check"])
    _sub(fs, "p", {"class": "sotay-quiz__verdict", "role": "status", "aria-live": "polite", **IGNORE})
    _render_answer(fs, q, t)


def _render_answer(parent: etree.Element, q: Question, t: dict[str, str]) -> None:
    details = _sub(parent, "details", {"class": "sotay-quiz__answer", **IGNORE})
    _sub(details, "summary", {}, t["quiz_show_answer"])
    append_answer(details, q, t)
    others = [o for o in q.options if o.feedback and not o.correct]
    if others:
        _sub(details, "p", {}, t["quiz_other_options"])
        ul = _sub(details, "ul", {"class": "sotay-quiz__others"})
        for option in others:
            li = _sub(ul, "li")
            _sub(li, "span", {}, option.text)
            li[-1].tail = " — "
            _sub(li, "span", {}, option.feedback)


def append_answer(parent: etree.Element, q: Question, t: dict[str, str]) -> None:
    """Append the correct option(s) and the explanation of *q* (shared by quiz and answer key)."""
    right = q.correct_options
    if len(right) == 1:
        p = _sub(parent, "p", {"class": "sotay-quiz__right"})
        _sub(p, "strong", {}, t["quiz_answer_is"]).tail = " "
        _sub(p, "span", {}, right[0].text)
    else:
        _sub(parent, "p", {"class": "sotay-quiz__right"}, None).append(_strong(t["quiz_answers_are"]))
        ul = _sub(parent, "ul", {"class": "sotay-quiz__right-list"})
        for option in right:
            _sub(ul, "li", {}, option.text)
    why = _sub(parent, "div", {"class": "sotay-quiz__why"})
    for k, paragraph in enumerate(q.paragraphs):
        p = _sub(why, "p")
        if k == 0:
            _sub(p, "strong", {}, t["quiz_why"]).tail = " "
            _sub(p, "span", {}, paragraph)
        else:
            p.text = paragraph


def _strong(text: str) -> etree.Element:
    el = etree.Element("strong")
    el.text = text
    return el


def _render_chapters(parent: etree.Element, chapters: list[ChapterLink], t: dict[str, str]) -> None:
    box = _sub(parent, "div", {"class": "sotay-quiz__chapters"})
    _sub(box, "p", {"class": "sotay-quiz__chapters-title"}, t["quiz_chapters"])
    _sub(box, "p", {}, t["quiz_chapters_hint"])
    ul = _sub(box, "ul")
    for link in chapters:
        li = _sub(ul, "li", {"data-chapter": link.chapter.slug})
        _sub(li, "a", {"href": link.href}, link.chapter.title).tail = " "
        _sub(li, "span", {"class": "sotay-quiz__chapter-score", **IGNORE})


@dataclass
class ProgressRow:
    """One quiz on the "My progress" page."""

    quiz_id: str
    label: str
    href: str
    total: int


def render_progress(
    el: etree.Element, groups: list[tuple[ChapterLink, list[ProgressRow]]], t: dict[str, str], lang: str
) -> None:
    """Fill *el* with every quiz, grouped by chapter; quiz.js fills in each best score."""
    el.set("class", "sotay-quiz-progress")
    el.set("data-lang", lang)
    for key, value in _data_strings(t, PROGRESS_JS_STRINGS).items():
        el.set(key, value)
    _sub(el, "p", {"class": "sotay-quiz-progress__private"}, t["progress_private"])
    _sub(el, "p", {"class": "sotay-quiz-progress__nojs"}, t["progress_needs_js"])
    _sub(el, "p", {"class": "sotay-quiz-progress__summary", "role": "status", "aria-live": "polite"})
    if not groups:
        _sub(el, "p", {}, t["progress_empty"])
    chapters = _sub(el, "ul", {"class": "sotay-quiz-progress__chapters"})
    for link, rows in groups:
        li = _sub(chapters, "li")
        _sub(
            _sub(li, "p", {"class": "sotay-quiz-progress__chapter"}),
            "a",
            {"href": link.href},
            link.chapter.title,
        )
        ul = _sub(li, "ul")
        for row in rows:
            item = _sub(ul, "li", {"data-quiz": row.quiz_id, "data-total": str(row.total)})
            _sub(item, "a", {"href": row.href}, row.label).tail = " "
            _sub(item, "span", {"class": "sotay-quiz-progress__status"})
    actions = _sub(el, "div", {"class": "sotay-quiz__actions", "hidden": "hidden"})
    _sub(
        actions,
        "button",
        {"type": "button", "class": "md-button sotay-quiz-progress__reset"},
        t["progress_reset"],
    )


@dataclass
class AnswerKeyQuiz:
    """One quiz in the answer key."""

    label: str
    href: str
    questions: list[Question]
    lang: str = ""


def render_answer_key(
    el: etree.Element, groups: list[tuple[ChapterLink, list[AnswerKeyQuiz]]], t: dict[str, str], lang: str
) -> None:
    """Fill *el* with every quiz's questions and answers, chapter by chapter (printable)."""
    el.set("class", "sotay-quiz-answers")
    el.set("data-pagefind-ignore", "all")
    if not groups:
        _sub(el, "p", {}, t["progress_empty"])
    for link, quizzes in groups:
        _sub(el, "h2", {}, link.chapter.title)
        for quiz in quizzes:
            section = _sub(el, "section", {"class": "sotay-quiz-answers__quiz", "lang": quiz.lang or None})
            h3 = _sub(section, "h3", {}, quiz.label)
            h3.text = quiz.label
            p = _sub(section, "p", {"class": "sotay-quiz-answers__open"})
            _sub(p, "a", {"href": quiz.href}, t["answers_open_quiz"])
            ol = _sub(section, "ol")
            for q in quiz.questions:
                li = _sub(ol, "li")
                _sub(li, "p", {"class": "sotay-quiz-answers__q"}, q.text)
                append_answer(li, q, t)
    if lang:
        el.set("data-lang", lang)


def render_errors(el: etree.Element, errors: list[QuizError], t: dict[str, str], lang: str) -> None:
    """Replace *el*'s content with a visible alert listing *errors* (non-strict previews)."""
    for child in list(el):
        el.remove(child)
    el.text = None
    el.attrib.clear()
    el.set("class", "admonition failure sotay-quiz-error")
    el.set("role", "alert")
    _sub(el, "p", {"class": "admonition-title"}, t["quiz_error_title"])
    ul = _sub(el, "ul")
    for error in errors:
        _sub(ul, "li", {}, error.format(lang))
