"""Replacing a built page in one step, for post-build steps that change pages already written.

The search index may be reading the same pages at that moment (in the background worker, see
:mod:`sotay.build.search_index`); it must see the old page or the new one, never half of it.
"""

from __future__ import annotations

import os
from pathlib import Path


def rewrite_page(path: Path, html: str) -> None:
    """Write *html* to a temporary file beside *path*, then rename it over *path* (atomic on POSIX)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(html, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)  # a failed write leaves nothing to be published
