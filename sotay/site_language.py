"""Which language MkDocs is building right now (works with and without mkdocs-static-i18n)."""

from __future__ import annotations


def current_language(config) -> str:
    """Return the locale being built: the i18n plugin's current language, else the theme's."""
    i18n = config.plugins.get("i18n") if hasattr(config, "plugins") else None
    if i18n is not None and getattr(i18n, "current_language", None):
        return i18n.current_language
    theme = config.get("theme")
    lang = theme.get("language") if theme is not None else None
    return lang or "vi"


def default_language(config) -> str:
    """Return the default locale (served at the site root)."""
    i18n = config.plugins.get("i18n") if hasattr(config, "plugins") else None
    if i18n is not None and getattr(i18n, "default_language", None):
        return i18n.default_language
    return current_language(config)


def build_languages(config) -> tuple[str, ...]:
    """Return every locale this build writes, default first."""
    i18n = config.plugins.get("i18n") if hasattr(config, "plugins") else None
    if i18n is not None and getattr(i18n, "build_languages", None):
        langs = list(i18n.build_languages)
        default = default_language(config)
        return tuple([default] + [lang for lang in langs if lang != default])
    return (current_language(config),)


def is_nested_i18n_build(config) -> bool:
    """True while the i18n plugin is building a non-default language inside the main build."""
    i18n = config.plugins.get("i18n") if hasattr(config, "plugins") else None
    return bool(i18n is not None and getattr(i18n, "building", False))
