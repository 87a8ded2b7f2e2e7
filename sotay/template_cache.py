"""Compiled theme templates kept in memory for the next language build of the same site.

MkDocs makes a new Jinja environment for every build, and the i18n plugin builds once per
language, so every template of the theme was compiled once per language. Jinja's bytecode cache
hands the second build the first one's compiled code; a template whose source changed (its
checksum differs) is compiled again, so ``mkdocs serve`` never shows a stale template.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class MemoryBytecodeCache(BytecodeCache):
    """A Jinja bytecode cache in a dict (one per site: the plugin instance, shared by the language builds)."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        """Give *bucket* the code kept for its template (Jinja drops it if the source changed)."""
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep the code Jinja just compiled."""
        self._code[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        """Forget every compiled template."""
        self._code.clear()
