"""Small helpers the MkDocs glue calls for quizzes (kept here so the glue stays a few lines)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from sotay.quiz.errors import QuizError
from sotay.quiz.registry import load_registry
from sotay.quiz.site import PageInfo, QuizSite

EXTENSION = "sotay.quiz.markdown_ext"
ASSET_MARKERS = ('class="sotay-quiz"', 'class="sotay-quiz-progress"', 'class="sotay-quiz-answers"')


def attach_site(markdown_extensions: list, mdx_configs: dict, site: object) -> bool:
    """Hand *site* to the quiz extension's config; errors are then shown in pages, not raised.

    Returns False when the extension is not in ``markdown_extensions``.
    """
    if EXTENSION not in markdown_extensions:
        return False
    mdx_configs.setdefault(EXTENSION, {}).update(site=site, errors="render")
    return True


def error_line(error: QuizError) -> str:
    """One log line per error: ``file:line:col: CODE message (English message)``."""
    return f"{error.format('vi')} ({error.message_en})"


def page_path(file) -> str:
    """A page's path inside its language folder (``vi/vneid/kiem-tra.md`` → ``vneid/kiem-tra.md``)."""
    return getattr(file, "norm_src_uri", None) or file.src_uri


def nav_order(pages) -> list[str]:
    """Page paths (inside the language folder) in reading order, from MkDocs' ``nav.pages``."""
    return [page_path(page.file) for page in pages]


def line_offset(source: str, markdown: str) -> int:
    """How many lines of *source* (the file) come before *markdown* (the text after front matter)."""
    return max(0, len(source.splitlines()) - len(markdown.splitlines()))


def page_info(file, lang: str, markdown: str, root: Path) -> PageInfo:
    """What the quiz extension needs to know about the page about to be rendered."""
    path = Path(file.abs_src_path)
    try:
        source = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        source = PurePosixPath(file.src_uri).as_posix()
    return PageInfo(
        path=page_path(file),
        lang=lang,
        content_lang=getattr(file, "locale", lang),
        source=source,
        line_offset=line_offset(file.content_string, markdown),
    )


def uses_quiz_assets(html: str | None) -> bool:
    """True when a rendered page contains a quiz, a progress list or an answer key."""
    return bool(html) and any(marker in html for marker in ASSET_MARKERS)


class QuizBuild:
    """The quiz part of the MkDocs glue: one call per build event, each a few lines."""

    def __init__(self, log):
        self.site = QuizSite()
        self.log = log
        self._signature: tuple = ()

    def configure(self, config) -> None:
        """on_config: hand the (shared, mutable) site object to the quiz extension."""
        attach_site(config.markdown_extensions, config.mdx_configs, self.site)

    def load(self, config, languages: tuple[str, ...], default_lang: str, lang: str) -> None:
        """on_pre_build: read every quiz of every language; log the errors of *lang*'s pages."""
        root, docs = Path(config.config_file_path).parent, Path(config.docs_dir)
        signature = (
            tuple(languages),
            *((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in docs.rglob("*.md")),
        )
        if signature != self._signature:  # the i18n plugin builds each language in turn: read once
            self.site.registry = load_registry(docs, languages, default_lang, root)
            self._signature = signature
        for error in self.site.registry.errors.get(lang, []):
            self.log.error(error_line(error))

    def set_order(self, nav) -> None:
        """on_nav: list quizzes in reading order on the progress and answer-key pages."""
        self.site.registry.order = nav_order(nav.pages)

    def set_page(self, page, config, lang: str, markdown: str) -> None:
        """on_page_markdown: tell the extension which page it renders next."""
        self.site.page = page_info(page.file, lang, markdown, Path(config.config_file_path).parent)
