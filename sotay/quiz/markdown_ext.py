"""Python-Markdown extension (on ``pymdownx.blocks``): ``/// quiz``, ``/// quiz-progress``, ``/// quiz-answers``.

A preprocessor runs our parser over the whole page first (so errors carry real line numbers) and
swaps each quiz block for a small placeholder block; the ``quiz`` Block then renders the parsed
quiz where pymdownx.blocks puts it (also inside tabs, admonitions…). Use it standalone::

    markdown.markdown(text, extensions=["sotay.quiz.markdown_ext"],
                      extension_configs={"sotay.quiz.markdown_ext": {"lang": "en"}})

The MkDocs glue passes ``site`` (a :class:`~sotay.quiz.site.QuizSite`: every quiz of the handbook
and the page being rendered) and ``errors="render"`` (problems shown in the page; the build
itself reports them with file:line and fails when strict).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.preprocessors import Preprocessor
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block, type_any, type_integer, type_string

from sotay.quiz import html
from sotay.quiz.errors import QuizError
from sotay.quiz.model import Quiz
from sotay.quiz.parser import find_quiz_blocks, parse_block, scan_quiz_blocks
from sotay.quiz.registry import Chapter
from sotay.quiz.site import PageInfo, QuizSite
from sotay.ui_strings import strings_for

PLACEHOLDER_OPTION = "sotay-parsed"


class QuizPreprocessor(Preprocessor):
    """Parse every quiz of the page with our parser; replace each block by a numbered placeholder."""

    def __init__(self, md: Markdown, ext: QuizExtension):
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        """Return *lines* with every quiz block reduced to ``/// quiz`` + its parsed number."""
        text = "\n".join(lines)
        blocks = find_quiz_blocks(text)
        if not blocks:
            return lines
        quizzes = scan_quiz_blocks(text)
        self.ext.parsed = quizzes
        out = text.split("\n")
        for number, block in reversed(list(enumerate(blocks))):
            end = block.end + 1 if block.end is not None else len(out)
            pad, slashes = block.indent, block.slashes
            out[block.start : end] = [
                f"{pad}{slashes} quiz",
                f"{pad}    {PLACEHOLDER_OPTION}: {number}",
                f"{pad}{slashes}",
            ]
        return out


class QuizBlock(Block):
    """``/// quiz``: renders the quiz the preprocessor parsed (or parses its own text as a fallback)."""

    NAME = "quiz"
    ARGUMENT = None
    OPTIONS = {PLACEHOLDER_OPTION: (-1, type_integer), "id": ("", type_string), "questions": ([], type_any)}

    def on_markdown(self) -> str:
        """Keep the block body as plain text: it is quiz syntax, not Markdown."""
        return "raw"

    def on_create(self, parent: etree.Element) -> etree.Element:
        """The quiz container, rendered at once when the preprocessor parsed it (robust to nesting)."""
        el = etree.SubElement(parent, "div", {"class": "sotay-quiz"})
        ext: QuizExtension = self.config["ext"]
        number = self.options[PLACEHOLDER_OPTION]
        self.rendered = 0 <= number < len(ext.parsed)
        if self.rendered:
            ext.render_quiz(el, ext.parsed[number])
        return el

    def on_end(self, block: etree.Element) -> None:
        """A block the preprocessor did not see (unusual nesting): parse its own text, then render."""
        if not self.rendered:
            quiz = self._parse_own_text(block)
            block.text = None
            self.config["ext"].render_quiz(block, quiz)

    def _parse_own_text(self, block: etree.Element) -> Quiz:
        header = [f"    id: {self.options['id']}"] if self.options["id"] else []
        if self.options["questions"]:
            header += ["    questions:"] + [f"      - {ref}" for ref in self.options["questions"]]
        text = "\n".join([f"/// quiz | {self.argument or ''}", *header, "", block.text or "", "///"])
        return parse_block(find_quiz_blocks(text)[0])


class _SiteListBlock(Block):
    """A block drawn from the registry of every quiz alone; text written inside it is ignored."""

    CSS_CLASS = ""
    RENDER = ""

    def on_markdown(self) -> str:
        """No content is expected."""
        return "raw"

    def on_create(self, parent: etree.Element) -> etree.Element:
        """The whole list, rendered at once."""
        el = etree.SubElement(parent, "div", {"class": self.CSS_CLASS})
        getattr(self.config["ext"], self.RENDER)(el)
        return el

    def on_add(self, block: etree.Element) -> etree.Element:
        """Content inside the block goes to an element outside the page."""
        return etree.Element("div")


class QuizProgressBlock(_SiteListBlock):
    """``/// quiz-progress``: the "My progress" list of every quiz of the handbook."""

    NAME = "quiz-progress"
    CSS_CLASS = "sotay-quiz-progress"
    RENDER = "render_progress"


class QuizAnswersBlock(_SiteListBlock):
    """``/// quiz-answers``: the printable answer key of every quiz of the handbook."""

    NAME = "quiz-answers"
    CSS_CLASS = "sotay-quiz-answers"
    RENDER = "render_answer_key"


class QuizExtension(BlocksExtension):
    """Registers the quiz preprocessor and the three blocks."""

    def __init__(self, *args, **kwargs):
        self.config = {
            "lang": ["vi", "Language of the quiz UI when no site is given (vi or en)"],
            "site": ["", "QuizSite from the build: every quiz of the handbook + the current page"],
            "errors": ["raise", "'raise' the first QuizError, or 'render' errors as an alert in the page"],
        }
        self.parsed: list[Quiz] = []
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        """Add our preprocessor (after whitespace normalisation, before fenced code) and blocks."""
        md.registerExtension(self)
        md.preprocessors.register(QuizPreprocessor(md, self), "sotay_quiz", 29)
        for block in (QuizBlock, QuizProgressBlock, QuizAnswersBlock):
            block_mgr.register(block, {"ext": self})

    def reset(self) -> None:
        """Forget the previous document's quizzes."""
        self.parsed = []

    # What the blocks need -------------------------------------------------------------------------

    @property
    def site(self) -> QuizSite | None:
        """The site given by the build glue, if any."""
        return self.getConfig("site") or None

    @property
    def page(self) -> PageInfo:
        """The page being rendered (a default one when used outside a site build)."""
        site = self.site
        return site.page if site is not None else PageInfo(lang=self.getConfig("lang"))

    def strings(self) -> dict[str, str]:
        """Our UI strings in the page's language."""
        return strings_for(self.page.lang)

    def fail(self, el: etree.Element, errors: list[QuizError]) -> None:
        """Raise the first error, or show all of them in the page (``errors: render``)."""
        page = self.page
        for error in errors:
            error.shifted(page.line_offset, page.source)
        if self.getConfig("errors") == "raise":
            raise errors[0]
        html.render_errors(el, errors, self.strings(), page.lang)

    def render_quiz(self, el: etree.Element, quiz: Quiz) -> None:
        """Render *quiz* (own or borrowed questions) into *el*, or its errors."""
        if quiz.errors:
            self.fail(el, list(quiz.errors))
            return
        page = self.page
        items, chapters, errors = [html.Item(q) for q in quiz.questions], [], []
        if quiz.references:
            items, chapters, errors = self._borrowed(quiz)
        if errors:
            self.fail(el, errors)
            return
        html.render_quiz(el, quiz.id, quiz.title, items, self.strings(), page.lang, chapters)

    def _borrowed(self, quiz: Quiz) -> tuple[list[html.Item], list[html.ChapterLink], list[QuizError]]:
        page, site = self.page, self.site
        items, chapters, errors = [], {}, []
        for ref in quiz.references:
            if site is None:
                errors.append(QuizError("QUIZ017", ref.line, value=ref.text, detail=("", "")))
                continue
            try:
                entry, question = site.registry.resolve(ref, page.lang)
            except QuizError as error:
                errors.append(error)
                continue
            chapter = site.registry.chapter(entry.path, page.lang)
            chapters.setdefault(chapter.slug, html.ChapterLink(chapter, page.href(chapter.index_path)))
            items.append(html.Item(question, chapter, entry.lang))
        return items, list(chapters.values()), errors

    def _groups(self, make_row) -> list:
        site, page = self.site, self.page
        if site is None:
            return []
        groups: dict[str, tuple[html.ChapterLink, list]] = {}
        for entry in site.registry.site_entries(page.lang):
            chapter: Chapter = site.registry.chapter(entry.path, page.lang)
            link = html.ChapterLink(chapter, page.href(chapter.index_path))
            row = make_row(entry, site.registry.title(entry.path, page.lang))
            if row is not None:
                groups.setdefault(chapter.slug, (link, []))[1].append(row)
        return list(groups.values())

    def render_progress(self, el: etree.Element) -> None:
        """Render the "My progress" list of every quiz readers of this language meet."""
        page = self.page

        def row(entry, title):
            label = (
                f"{title}: {entry.quiz.title}" if entry.quiz.title and entry.quiz.title != title else title
            )
            href = page.href(entry.path, f"quiz-{entry.quiz.id}")
            total = len(entry.quiz.references or entry.quiz.questions)
            return html.ProgressRow(entry.quiz.id, label, href, total)

        html.render_progress(el, self._groups(row), self.strings(), page.lang)

    def render_answer_key(self, el: etree.Element) -> None:
        """Render every chapter's quizzes with their answers (borrowing quizzes are skipped)."""
        page = self.page

        def quiz(entry, title):
            if entry.quiz.references:
                return None
            label = (
                f"{title}: {entry.quiz.title}" if entry.quiz.title and entry.quiz.title != title else title
            )
            href = page.href(entry.path, f"quiz-{entry.quiz.id}")
            lang = entry.lang if entry.lang != page.lang else ""
            return html.AnswerKeyQuiz(label, href, entry.quiz.questions, lang)

        html.render_answer_key(el, self._groups(quiz), self.strings(), page.lang)


def makeExtension(**kwargs) -> QuizExtension:  # noqa: N802 (Python-Markdown's required name)
    """Entry point used by ``extensions=["sotay.quiz.markdown_ext"]`` and mkdocs.yml."""
    return QuizExtension(**kwargs)
