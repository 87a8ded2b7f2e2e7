"""Post-build step: write each language's search index into its ``search/`` folder.

Vietnamese pages are indexed in ``site/search/``, English ones in ``site/en/search/``; a page
shown in its Vietnamese original under /en/ (not translated yet) is left out of the English index.
Synonyms come from the glossary: the text the plugin passes in ``info.extra["glossary"][lang]``
(includes/abbreviations.<lang>.md), plus the ``<abbr title>`` tooltips found in the pages.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sotay.build.pipeline import SiteInfo
from sotay.search.extract import PageText, page_text
from sotay.search.index import IndexedPage, build_index, write_index
from sotay.search.synonyms import glossary_groups, merge_groups

SKIPPED_FOLDERS = {"assets", "search"}


def language_pages(info: SiteInfo, lang: str) -> list[Path]:
    """The HTML pages of *lang*: its folder without other languages' folders, assets or 404 pages."""
    root = info.lang_dir(lang)
    nested = {info.lang_dir(other) for other in info.languages if other != lang} - {root, *root.parents}
    found = []
    for path in sorted(root.rglob("index.html")):
        rel = path.relative_to(root)
        if rel.parts[0] in SKIPPED_FOLDERS or any(folder in path.parents for folder in nested):
            continue
        found.append(path)
    return found


def _url(root: Path, path: Path) -> str:
    rel = path.parent.relative_to(root).as_posix()
    return "" if rel == "." else f"{rel}/"


def _chapter(url: str, titles: dict[str, str]) -> str:
    first = url.split("/", 1)[0]
    return "" if not first or url == f"{first}/" else titles.get(f"{first}/", "")


def _abbreviation_lines(texts: list[PageText]) -> str:
    found: dict[str, str] = {}
    for text in texts:
        found.update(text.abbreviations)
    return "\n".join(f"*[{abbr}]: {title}" for abbr, title in found.items())


def index_language(info: SiteInfo, lang: str) -> Path:
    """Build and write the index of *lang*; return the path of its meta.json."""
    root = info.lang_dir(lang)
    texts = {
        _url(root, path): page_text(path.read_text(encoding="utf-8")) for path in language_pages(info, lang)
    }
    texts = {url: text for url, text in texts.items() if text.title and not text.fallback}
    titles = {url: text.title for url, text in texts.items()}
    pages = [IndexedPage(url, _chapter(url, titles), text) for url, text in texts.items()]
    glossary = info.extra.get("glossary", {}).get(lang, "")
    groups = merge_groups(
        glossary_groups(glossary) + glossary_groups(_abbreviation_lines(list(texts.values())))
    )
    folder = remove_index(info, lang)
    return write_index(build_index(pages, groups), folder)


def remove_index(info: SiteInfo, lang: str) -> Path:
    """Delete the index folder of *lang* left by an earlier build into the same folder; return its path."""
    folder = info.lang_dir(lang) / "search"
    if folder.exists():
        shutil.rmtree(folder)
    return folder


def build_search_index(info: SiteInfo) -> None:
    """Post-build step: index every language of the site."""
    for lang in info.languages:
        if info.lang_dir(lang).is_dir():
            index_language(info, lang)


class BackgroundSearchIndex:
    """Indexes each language in a :class:`~sotay.build.background.BackgroundWorker` once it is written.

    The i18n build writes one language after another; a language's index can be made while the next
    language is being built, and the last one while the other post-build steps run. That gives the
    same files as :func:`build_search_index` after them because those steps change pages only where
    search does not read (parts marked ``data-pagefind-ignore``), and in one step
    (:func:`~sotay.build.rewrite.rewrite_page`); a build test checks it on the real handbook.
    """

    def __init__(self, worker) -> None:
        self._worker = worker
        self._jobs: dict[str, object] = {}

    def start(self, info: SiteInfo, lang: str) -> None:
        """Start indexing *lang* (once per build), whose pages are all written in ``info.site_dir``."""
        if lang in self._jobs or not info.lang_dir(lang).is_dir():
            return
        plain = SiteInfo(
            info.site_dir,
            info.site_url,
            info.languages,
            info.default_language,
            extra={"glossary": info.extra.get("glossary", {})},
        )
        # Deleted here, not in the worker: the steps running meanwhile walk the site folder, and a
        # folder vanishing under a walk fails it (builds into a folder not cleaned first, --dirty).
        remove_index(info, lang)
        self._jobs[lang] = self._worker.submit(index_language, plain, lang)

    def wait(self) -> None:
        """Wait for every language started (a failure raises here) and forget them."""
        jobs, self._jobs = self._jobs, {}
        for job in jobs.values():
            job.result()


def start_search_index(info: SiteInfo) -> None:
    """Post-build step: start the languages not indexed yet in ``info.extra["search_index"]``.

    That is a :class:`BackgroundSearchIndex` when the build has a worker; without one, the whole
    site is indexed here and now. :func:`finish_search_index` waits for the background work.
    """
    background = info.extra.get("search_index")
    if background is None:
        build_search_index(info)
        return
    for lang in info.languages:
        background.start(info, lang)


def finish_search_index(info: SiteInfo) -> None:
    """Post-build step: wait for the indexes started in the background (their errors fail the build)."""
    background = info.extra.get("search_index")
    if background is not None:
        background.wait()
