"""What the checker needs from mkdocs.yml: docs folder, languages, and how heading ids are made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from markdown.extensions.toc import slugify as toc_slugify


@dataclass(frozen=True)
class SiteSettings:
    """Languages (default first), the docs folder and the ``toc`` extension's id settings."""

    languages: tuple[str, ...] = ("vi", "en")
    default_language: str = "vi"
    docs_dir: Path | None = None
    slugify: Callable[[str, str], str] = field(default=toc_slugify)
    separator: str = "-"


def _toc_options(extensions: list) -> dict:
    for ext in extensions or []:
        if isinstance(ext, dict) and "toc" in ext:
            return ext["toc"] or {}
    return {}


def _languages(plugins: list) -> tuple[tuple[str, ...], str] | None:
    for plugin in plugins or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            langs = (plugin["i18n"] or {}).get("languages") or []
            locales = [lang["locale"] for lang in langs if isinstance(lang, dict) and "locale" in lang]
            default = next(
                (lang["locale"] for lang in langs if lang.get("default")), locales[0] if locales else "vi"
            )
            return tuple([default] + [loc for loc in locales if loc != default]), default
    return None


@cache
def load_site_settings(config_file: Path | None) -> SiteSettings:
    """Read *config_file* (mkdocs.yml, ``INHERIT`` followed); defaults when it is missing."""
    if config_file is None or not config_file.is_file():
        return SiteSettings()
    from mkdocs.utils.yaml import yaml_load

    with open(config_file, "rb") as fh:
        data = yaml_load(fh)
    toc = _toc_options(data.get("markdown_extensions"))
    langs = _languages(data.get("plugins")) or (("vi", "en"), "vi")
    return SiteSettings(
        languages=langs[0],
        default_language=langs[1],
        docs_dir=(config_file.parent / data.get("docs_dir", "docs")).resolve(),
        slugify=toc.get("slugify") or toc_slugify,
        separator=toc.get("separator", "-"),
    )


def settings_for_docs(root: Path) -> SiteSettings:
    """The settings of the site whose docs folder is *root* (its ``mkdocs.yml`` is next to it)."""
    config = root.parent / "mkdocs.yml"
    return load_site_settings(config if config.is_file() else None)
