"""The site-wide quiz registry: every quiz of every language, read before any page is rendered.

It answers what single pages cannot: is a quiz id unique in its language, does a reference
``quiz-id#question`` exist, which quizzes does the "My progress" page list, and in what order.
Pure Python over Markdown files; the MkDocs glue only builds it and hands it to the extension.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sotay.quiz.errors import QuizError, detail
from sotay.quiz.model import Question, Quiz, Reference
from sotay.quiz.parser import SAFE_LOADER, scan_quiz_blocks, split_lines

_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$")


@dataclass
class QuizEntry:
    """A quiz and where it lives: language folder, page path inside it, file shown in messages."""

    quiz: Quiz
    lang: str
    path: str
    source: str


@dataclass
class Chapter:
    """The chapter a page belongs to (its first folder) and that chapter's overview page."""

    slug: str
    title: str
    index_path: str


def page_title(text: str, fallback: str) -> str:
    """The page's front-matter ``title``, else its first ``# `` heading, else *fallback*."""
    lines = split_lines(text)
    if lines and lines[0].rstrip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), 0)
        try:
            meta = yaml.load("\n".join(lines[1:end]), Loader=SAFE_LOADER) if end else None
        except (yaml.YAMLError, ValueError):  # ValueError: an impossible date such as 2026-13-01
            meta = None
        if isinstance(meta, dict) and meta.get("title"):
            return str(meta["title"])
    for line in lines:
        m = _HEADING.match(line)
        if m:
            return m.group(1)
    return fallback


@dataclass
class QuizRegistry:
    """All quizzes, by language. Build it with :func:`load_registry` (or ``add_page`` + ``finish``)."""

    languages: tuple[str, ...] = ("vi", "en")
    default_lang: str = "vi"
    order: list[str] = field(default_factory=list)
    titles: dict[str, dict[str, str]] = field(default_factory=dict)
    entries: dict[str, list[QuizEntry]] = field(default_factory=dict)
    errors: dict[str, list[QuizError]] = field(default_factory=dict)

    def __post_init__(self):
        for lang in self.languages:
            self.titles.setdefault(lang, {})
            self.entries.setdefault(lang, [])
            self.errors.setdefault(lang, [])

    def add_page(self, lang: str, path: str, text: str, source: str) -> None:
        """Read one page (whole file text, so lines are file lines) of language folder *lang*."""
        self.titles[lang][path] = page_title(text, path)
        for quiz in scan_quiz_blocks(text):
            for error in quiz.errors:
                error.source = source
            self.errors[lang].extend(quiz.errors)
            if quiz.id:
                self.entries[lang].append(QuizEntry(quiz, lang, path, source))

    def finish(self) -> None:
        """Run the checks that need every page: unique ids, twins' ids, references."""
        for lang in self.languages:
            self._check_unique(lang)
            if lang != self.default_lang:
                self._check_twins(lang)
            for entry in self.entries[lang]:
                for ref in entry.quiz.references:
                    try:
                        self.resolve(ref, lang)
                    except QuizError as error:
                        error.source = entry.source
                        self.errors[lang].append(error)
            self.errors[lang].sort(key=lambda e: (e.source, e.line, e.code))

    def _check_unique(self, lang: str) -> None:
        first: dict[str, QuizEntry] = {}
        for entry in sorted(self.entries[lang], key=lambda e: (e.source, e.quiz.line)):
            other = first.setdefault(entry.quiz.id, entry)
            if other is not entry and other.source != entry.source:  # same file: reported by the parser
                where = f"{other.source}:{other.quiz.id_line}"
                error = QuizError("QUIZ003", entry.quiz.id_line, value=entry.quiz.id, other=where)
                error.source = entry.source
                self.errors[lang].append(error)

    def _check_twins(self, lang: str) -> None:
        originals: dict[str, dict[str, Quiz]] = {}
        for entry in self.entries[self.default_lang]:
            originals.setdefault(entry.path, {})[entry.quiz.id] = entry.quiz
        for entry in self.entries[lang]:
            if entry.path not in originals:
                continue
            other = f"{self.default_lang}/{entry.path}"
            original = originals[entry.path].get(entry.quiz.id)
            if original is None:
                self._twin_error(lang, entry, entry.quiz.id_line, entry.quiz.id, other)
                continue
            known = {q.qid for q in original.questions}
            for q in entry.quiz.questions:
                if q.qid and q.qid not in known:
                    self._twin_error(lang, entry, q.line, f"{entry.quiz.id}#{q.qid}", other)

    def _twin_error(self, lang: str, entry: QuizEntry, line: int, value: str, other: str) -> None:
        self.errors[lang].append(QuizError("QUIZ022", line, source=entry.source, value=value, other=other))

    def lookup(self, quiz_id: str, lang: str) -> QuizEntry | None:
        """The quiz *quiz_id* as readers of *lang* see it: the translation, else the original."""
        for candidate in (lang, self.default_lang):
            for entry in self.entries.get(candidate, []):
                if entry.quiz.id == quiz_id:
                    return entry
        return None

    def resolve(self, ref: Reference, lang: str) -> tuple[QuizEntry, Question]:
        """The quiz entry and question *ref* points at, for readers of *lang*; QUIZ017 if none."""
        entry = self.lookup(ref.quiz_id, lang)
        if entry is None:
            raise QuizError("QUIZ017", ref.line, value=ref.text, detail=detail("no_quiz", quiz=ref.quiz_id))
        question = ref.find(entry.quiz.questions)
        if question is None:
            count = len(entry.quiz.questions)
            why = detail("no_question", quiz=ref.quiz_id, count=count)
            raise QuizError("QUIZ017", ref.line, value=ref.text, detail=why)
        return entry, question

    def _sort_key(self, path: str) -> tuple:
        if path in self.order:
            return (0, self.order.index(path))
        parts = path.split("/")
        return (1, parts[:-1], parts[-1] != "index.md", parts[-1])

    def site_entries(self, lang: str) -> list[QuizEntry]:
        """Every quiz readers of *lang* meet, in reading order (untranslated pages fall back)."""
        own = set(self.titles.get(lang, {}))
        chosen = [e for e in self.entries.get(lang, [])]
        if lang != self.default_lang:
            chosen += [e for e in self.entries[self.default_lang] if e.path not in own]
        return sorted(chosen, key=lambda e: (self._sort_key(e.path), e.quiz.line))

    def title(self, path: str, lang: str) -> str:
        """The title of page *path* for readers of *lang* (falling back to the original)."""
        return self.titles.get(lang, {}).get(path) or self.titles[self.default_lang].get(path, path)

    def chapter(self, path: str, lang: str) -> Chapter:
        """The chapter of page *path*: its folder, the overview page's title and path."""
        slug = path.split("/")[0] if "/" in path else ""
        index_path = f"{slug}/index.md" if slug else "index.md"
        known = index_path in self.titles.get(lang, {}) or index_path in self.titles[self.default_lang]
        if not known:
            index_path = path
        return Chapter(slug, self.title(index_path, lang), index_path)


def language_folder(docs_dir: Path, lang: str, languages: tuple[str, ...], default_lang: str) -> Path | None:
    """Where *lang*'s pages live: ``docs/<lang>/``, or ``docs/`` itself for a one-language site."""
    folder = docs_dir / lang
    if folder.is_dir():
        return folder
    others = [docs_dir / other for other in languages if other != lang]
    if lang == default_lang and not any(o.is_dir() for o in others):
        return docs_dir
    return None


def load_registry(
    docs_dir: Path,
    languages: tuple[str, ...] = ("vi", "en"),
    default_lang: str = "vi",
    root: Path | None = None,
) -> QuizRegistry:
    """Read every ``*.md`` under each language folder of *docs_dir* and run the site-wide checks.

    Sources in messages are shown relative to *root* (e.g. the folder holding mkdocs.yml).
    """
    registry = QuizRegistry(languages=tuple(languages), default_lang=default_lang)
    for lang in registry.languages:
        folder = language_folder(docs_dir, lang, registry.languages, default_lang)
        if folder is None:
            continue
        for path in sorted(folder.rglob("*.md")):
            rel = path.relative_to(folder).as_posix()
            try:
                source = path.resolve().relative_to((root or Path.cwd()).resolve()).as_posix()
            except ValueError:
                source = path.as_posix()
            registry.add_page(lang, rel, path.read_text(encoding="utf-8"), source)
    registry.finish()
    return registry
