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
    folder = root / "search"
    if folder.exists():
        shutil.rmtree(folder)
    return write_index(build_index(pages, groups), folder)


def build_search_index(info: SiteInfo) -> None:
    """Post-build step: index every language of the site."""
    for lang in info.languages:
        if info.lang_dir(lang).is_dir():
            index_language(info, lang)


def start_search_index(info: SiteInfo) -> None:
    """Post-build step: index the site in the background worker (``info.extra["worker"]``) if there is one.

    The index reads only the pages' articles, which later steps do not change, so it can be built
    while they run; :func:`finish_search_index` waits for it. Without a worker it is built here.
    """
    worker = info.extra.get("worker")
    if worker is None:
        build_search_index(info)
        return
    plain = SiteInfo(
        info.site_dir,
        info.site_url,
        info.languages,
        info.default_language,
        extra={"glossary": info.extra.get("glossary", {})},
    )
    info.extra["search_index_job"] = worker.submit(build_search_index, plain)


def finish_search_index(info: SiteInfo) -> None:
    """Post-build step: wait for the index started by :func:`start_search_index` (its errors too)."""
    job = info.extra.pop("search_index_job", None)
    if job is not None:
        job.result()
