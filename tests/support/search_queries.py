"""The search quality queries: lang, query as citizens type it, regex a top-3 result must match.

The lead keeps the list in ../shared/search-queries.tsv (beside the repository, also in CI); a
copy in tests/fixtures/ is used where that folder is missing (a plain clone).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "search-queries.tsv"
COPY = ROOT / "tests" / "fixtures" / "search-queries.tsv"


@dataclass(frozen=True)
class Query:
    """One line of the query file."""

    lang: str
    query: str
    expect: str  # regex over the accent-folded "title URL" of a top-3 result

    def __str__(self) -> str:
        return f"{self.lang}:{self.query}"


def query_file() -> Path:
    """The shared query file when present, else the repository's copy."""
    return SHARED if SHARED.is_file() else COPY


def load_queries(path: Path | None = None) -> list[Query]:
    """Read the TSV at *path* (default: :func:`query_file`), skipping comments and blank lines."""
    lines = (path or query_file()).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [Query(lang, query, expect) for lang, query, expect in rows]
