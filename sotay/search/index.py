"""Build the search index files of one language from the pages' text.

Layout, in the language's ``search/`` folder (fetched only when a reader opens search)::

    meta.json          pages [url, title, chapter], sections [page, anchor, heading, length],
                       the first key of every chunk, synonym groups, and the build id
    <id>/t<n>.json     a chunk of the sorted term list: {key: [section, count, section, count, …]}
                       (section numbers delta-encoded); keys are folded words and word pairs
    <id>/s<n>.txt      the text of section n, for the snippet under a result

A query loads meta.json, the few chunks its words fall in, and the text of the sections shown.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sotay.search.extract import PageText
from sotay.search.synonyms import Group
from sotay.search.terms import bigrams, joined_words, words
from sotay.text import fold

FORMAT_VERSION = 1
CHUNK_BYTES = 6000  # target size of a chunk file before compression


@dataclass
class IndexedPage:
    """A page to index: its URL (relative to the language's home), chapter title and text."""

    url: str
    chapter: str
    text: PageText


@dataclass
class SearchIndex:
    """The in-memory index of one language, ready to be written out."""

    pages: list[list] = field(default_factory=list)
    sections: list[list] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    postings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    synonyms: list[Group] = field(default_factory=list)


def section_terms(title: str, heading: str, text: str) -> tuple[Counter, int]:
    """Count the keys (words, joined words, word pairs) of one section; also return its length."""
    counts: Counter = Counter()
    length = 0
    for part in (title, heading, text):
        folded = fold(part)
        terms = words(folded, folded=True)
        length += len(terms)
        counts.update(terms)
        counts.update(joined_words(folded, folded=True))
        counts.update(bigrams(terms))
    return counts, length


def build_index(pages: list[IndexedPage], synonyms: list[Group] | None = None) -> SearchIndex:
    """Index *pages*: one entry per section, keys counted over title (first section), heading, text.

    Word pairs seen only once in the whole language are dropped: they would double the index size
    for little gain (the single words still find that section).
    """
    index = SearchIndex(synonyms=list(synonyms or []))
    postings: dict[str, list[tuple[int, int]]] = {}
    for page_no, page in enumerate(pages):
        index.pages.append([page.url, page.text.title, page.chapter])
        for i, section in enumerate(page.text.sections):
            sid = len(index.sections)
            title = page.text.title if i == 0 else ""
            counts, length = section_terms(title, section.heading, section.text)
            index.sections.append([page_no, section.anchor, section.heading, length])
            index.texts.append(section.text)
            for key, count in counts.items():
                postings.setdefault(key, []).append((sid, count))
    index.postings = {
        key: posting for key, posting in postings.items() if " " not in key or _total(posting) > 1
    }
    return index


def _total(posting: list[tuple[int, int]]) -> int:
    return sum(count for _, count in posting)


def _encode(posting: list[tuple[int, int]]) -> list[int]:
    flat, previous = [], 0
    for sid, count in posting:
        flat += [sid - previous, count]
        previous = sid
    return flat


def chunks(index: SearchIndex, target: int = CHUNK_BYTES) -> list[dict[str, list[int]]]:
    """Split the sorted keys into chunks of about *target* bytes of JSON each."""
    out: list[dict[str, list[int]]] = [{}]
    size = 0
    for key in sorted(index.postings):
        encoded = _encode(index.postings[key])
        entry = len(key) + 2 + len(",".join(map(str, encoded))) + 2  # its JSON: "key" and [n,n,…]
        if size and size + entry > target:
            out.append({})
            size = 0
        out[-1][key] = encoded
        size += entry + 1
    return out


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def write_index(index: SearchIndex, folder: Path) -> Path:
    """Write *index* into *folder* (replacing what was there); return the path of meta.json."""
    parts = chunks(index)
    payload = [_dump(c) for c in parts]
    digest = hashlib.sha256("\n".join(payload + index.texts + [_dump(index.sections)]).encode()).hexdigest()
    build_id = digest[:10]
    data_dir = folder / build_id
    data_dir.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(payload):
        (data_dir / f"t{n}.json").write_text(text, encoding="utf-8")
    for n, text in enumerate(index.texts):
        (data_dir / f"s{n}.txt").write_text(text, encoding="utf-8")
    meta = {
        "v": FORMAT_VERSION,
        "id": build_id,
        "pages": index.pages,
        "sections": index.sections,
        "chunks": [next(iter(c), "") for c in parts],
        "synonyms": index.synonyms,
    }
    meta_path = folder / "meta.json"
    meta_path.write_text(_dump(meta), encoding="utf-8")
    return meta_path
