"""One Markdown page as the checker sees it: raw lines, front matter (with line numbers), masked body.

Masking blanks what is not prose so rules don't fire on examples: fenced code blocks become empty
lines; inline code spans and HTML comments become ``x`` characters (same length, so columns hold).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML (libyaml's fast loader when present) without automatic dates: dates stay text, so a bad
    date is reported instead of crashing the load."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Page:
    """A Markdown file under a handbook's docs root."""

    path: Path
    display: str
    lang: str | None
    rel: str
    lines: list[str]
    decode_error: bool = False
    has_front_matter: bool = False
    meta: dict = field(default_factory=dict)
    meta_error: tuple[int, int, str] | None = None
    key_lines: dict[str, int] = field(default_factory=dict)
    body_start: int = 0
    prose: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    cache: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The file's text (lines joined by newlines)."""
        return "\n".join(self.lines)

    def key_line(self, key: str) -> int:
        """The line of front-matter *key* (1-based), or 1 when the key is absent."""
        return self.key_lines.get(key, 1)

    def value_col(self, key: str) -> int:
        """The column where *key*'s value starts on its line."""
        line = self.lines[self.key_line(key) - 1] if self.lines else ""
        m = re.match(rf"^{re.escape(key)}\s*:\s*", line)
        return m.end() + 1 if m else 1


def _front_matter(page: Page) -> None:
    lines = page.lines
    if not lines or lines[0].rstrip() != "---":
        return
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        page.meta_error = (1, 1, "thiếu dòng `---` đóng / no closing `---` line")
        page.has_front_matter = True
        page.body_start = len(lines)
        return
    page.has_front_matter = True
    page.body_start = end + 1
    for i in range(1, end):
        m = TOP_KEY.match(lines[i])
        if m:
            page.key_lines.setdefault(m.group(1), i + 1)
    try:
        data = yaml.load("\n".join(lines[1:end]), Loader=_FrontMatterLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        col = mark.column + 1 if mark is not None else 1
        page.meta_error = (line, col, getattr(exc, "problem", None) or str(exc).splitlines()[0])
        return
    if data is None:
        data = {}
    if not isinstance(data, dict):
        page.meta_error = (2, 1, "cần các dòng `khóa: giá trị` / expected `key: value` lines")
        return
    page.meta = {str(k): v for k, v in data.items()}


def _mask_inline(line: str) -> str:
    return INLINE_CODE.sub(lambda m: "x" * len(m.group(0)), line)


def _mask(lines: list[str], start: int) -> list[str]:
    """Prose view of *lines*: fenced code blanked, inline code and comments masked."""
    out = list(lines)
    fence: str | None = None
    in_comment = False
    for i in range(start, len(lines)):
        line = lines[i]
        if fence is not None:
            out[i] = ""
            if re.match(rf"^\s*{re.escape(fence[0])}{{{len(fence)},}}\s*$", line):
                fence = None
            continue
        m = FENCE.match(line)
        if m and not in_comment:
            fence = m.group(1)
            out[i] = ""
            continue
        masked, pos = [], 0
        while pos < len(line):
            if in_comment:
                end = line.find("-->", pos)
                stop = len(line) if end < 0 else end + 3
                masked.append("x" * (stop - pos))
                in_comment = end < 0
                pos = stop
            else:
                begin = line.find("<!--", pos)
                stop = len(line) if begin < 0 else begin
                masked.append(_mask_inline(line[pos:stop]))
                pos = stop
                in_comment = begin >= 0
        out[i] = "".join(masked)
    return out


def load_page(path: Path, root: Path, languages: tuple[str, ...], display: str | None = None) -> Page:
    """Read *path* (a file under docs *root*) into a :class:`Page`."""
    rel_parts = path.relative_to(root).parts if path.is_relative_to(root) else (path.name,)
    lang = rel_parts[0] if len(rel_parts) > 1 and rel_parts[0] in languages else None
    rel = "/".join(rel_parts[1:] if lang else rel_parts)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
        decode_error = False
    except UnicodeDecodeError:
        text, decode_error = raw.decode("utf-8", errors="replace"), True
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    page = Page(path, display or str(path), lang, rel, lines, decode_error=decode_error)
    _front_matter(page)
    page.prose = _mask(lines, page.body_start)
    page.body = [""] * page.body_start + page.prose[page.body_start :]
    return page
