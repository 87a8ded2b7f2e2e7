"""Stable URLs: moved pages leave a small redirect page at their old address.

``redirects.yml`` (next to mkdocs.yml) maps old Markdown paths to new ones, e.g.
``vneid/cai-dat.md: vneid/cai-dat-kich-hoat.md``. Paths are the same in every language, so one
line keeps ``/vneid/cai-dat/`` and ``/en/vneid/cai-dat/`` working.
"""

from __future__ import annotations

import posixpath
from html import escape
from pathlib import Path

import yaml

from sotay.build.page_meta import relative_root
from sotay.build.pipeline import SiteInfo
from sotay.ui_strings import strings_for


class RedirectError(ValueError):
    """A redirect would hide a page, or points nowhere."""


def load_redirects(path: Path) -> dict[str, str]:
    """Read ``old.md: new.md`` pairs from *path* (an absent or empty file means no redirects)."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise RedirectError(f"{path}: expected 'old.md: new.md' lines")
    return {str(k): str(v) for k, v in data.items()}


def url_path(doc_path: str) -> str:
    """The directory URL of a Markdown path: ``a/b.md`` → ``a/b/``, ``a/index.md`` → ``a/``."""
    stem = doc_path.strip("/").removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    return stem if stem.endswith("/") or not stem else stem + "/"


def source_candidates(url: str) -> list[str]:
    """Markdown paths that MkDocs publishes at directory URL *url* (``a/b/`` → a/b.md, a/b/index.md)."""
    stem = url.strip("/")
    return [f"{stem}/index.md", f"{stem}.md"] if stem else ["index.md"]


def redirect_html(target: str, canonical: str, lang: str, rel_root: str = "") -> str:
    """A redirect page: meta refresh (no script), canonical link and a visible link.

    *rel_root* leads from the page's folder to the site root (for the site's icon).
    """
    t = strings_for(lang)
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{escape(t["redirect_text"])} {escape(canonical)}</title>
<meta http-equiv="refresh" content="0; url={escape(target)}">
<meta name="robots" content="noindex">
<link rel="canonical" href="{escape(canonical)}">
<link rel="icon" href="{rel_root}assets/brand/favicon.svg">
</head>
<body>
<p>{escape(t["redirect_text"])} <a href="{escape(target)}">{escape(canonical)}</a></p>
</body>
</html>
"""


def write_redirects(info: SiteInfo) -> None:
    """Write a redirect page for every ``old → new`` pair of ``info.extra['redirects']``, per language.

    Raises :class:`RedirectError` when the old address still holds a page (the redirect would hide
    it) or the new one does not exist in the built site.
    """
    for old, new in info.extra.get("redirects", {}).items():
        old_url, new_url = url_path(old), url_path(new)
        for lang in info.languages:
            root = info.lang_dir(lang)
            if not (root / new_url / "index.html").is_file():
                raise RedirectError(f"redirects: {old} → {new}: {lang} page {new_url or '/'} does not exist")
            page = root / old_url / "index.html"
            if page.exists():
                raise RedirectError(
                    f"redirects: {old} still exists as a page; remove the redirect or the page"
                )
            page.parent.mkdir(parents=True, exist_ok=True)
            target = posixpath.relpath(new_url or ".", old_url or ".") + "/"
            base = info.site_url if lang == info.default_language else f"{info.site_url}{lang}/"
            html = redirect_html(target, base + new_url, lang, relative_root(page, info.site_dir))
            page.write_text(html, encoding="utf-8")
